import { summarize } from '../../src/core/summarize';
import { cluster, cohort, id, makeProfile, revenue, rowsOf, triplet } from './profile-builders';

const m365 = makeProfile('m365', [
  id('CustomerID'),
  cohort('MW_EDU for Surface'),
  cohort('MW_Business Premium_E SKU Attach >50'),
  ...triplet('M365'),
  ...triplet('Surface'),
  revenue('Revenue Potential'),
]);

const zero = { 'Act Now': 0, Evaluate: 0, Nurture: 0, Educate: 0, '(blank)': 0, '(other)': 0 };

describe('summarize cluster counts', () => {
  const rows = rowsOf(m365, [
    { M365Cluster: 'Act Now', SurfaceCluster: 'Educate' },
    { M365Cluster: 'act now', SurfaceCluster: '' },
    { M365Cluster: 'Evaluate', SurfaceCluster: 'Nurture' },
    { M365Cluster: 'Hot', SurfaceCluster: ' ' },
    { M365Cluster: '', SurfaceCluster: '4 - Educate' },
  ]);
  const analysis = summarize(m365, rows);

  it('counts every cluster column, with (blank) for empty cells and (other) for other labels', () => {
    expect(analysis.rows).toBe(5);
    expect(analysis.clusterCounts).toEqual({
      M365Cluster: { ...zero, 'Act Now': 2, Evaluate: 1, '(blank)': 1, '(other)': 1 },
      SurfaceCluster: { ...zero, Nurture: 1, Educate: 2, '(blank)': 2 },
    });
  });

  it('reports a label that is not a cluster, with its row', () => {
    expect(analysis.problems).toEqual([
      { code: 'unreadable-cluster', params: { column: 'M365Cluster', row: 4, value: 'Hot' } },
    ]);
  });

  it('keeps two cluster columns with the same header apart', () => {
    const twice = makeProfile('renewals', [cluster('Cluster', 'A'), cluster('Cluster', 'B')]);
    const counts = summarize(twice, [['Act Now', 'Nurture']]).clusterCounts;
    expect(counts).toEqual({
      Cluster: { ...zero, 'Act Now': 1 },
      'Cluster (2)': { ...zero, Nurture: 1 },
    });
  });
});

describe('summarize cohort counts', () => {
  it('counts Yes per cohort column, in file order, including cohorts nobody is in', () => {
    const rows = rowsOf(m365, [
      { 'MW_EDU for Surface': 'Yes' },
      { 'MW_EDU for Surface': 'x', 'MW_Business Premium_E SKU Attach >50': 'No' },
      { 'MW_EDU for Surface': 'No' },
      {},
    ]);
    expect(summarize(m365, rows).cohortCounts).toEqual([
      { header: 'MW_EDU for Surface', yes: 2 },
      { header: 'MW_Business Premium_E SKU Attach >50', yes: 0 },
    ]);
  });
});

describe('summarize Fit × Intent matrix', () => {
  const rows = rowsOf(m365, [
    { M365Fit: '82', M365Intent: '64' },
    { M365Fit: '75', M365Intent: '75' },
    { M365Fit: '74', M365Intent: '29' },
    { M365Fit: 'High', M365Intent: 'Medium' },
    { M365Fit: '10' },
    { M365Intent: '10' },
    { M365Fit: 'abc', M365Intent: '10' },
    { SurfaceFit: '30', SurfaceIntent: '54' },
  ]);

  it('counts [fit band][intent band], High first, per product; rows missing a score are not counted', () => {
    expect(summarize(m365, rows).matrix).toEqual({
      M365: [
        [1, 2, 0, 0],
        [0, 0, 0, 1],
        [0, 0, 0, 0],
        [0, 0, 0, 0],
      ],
      Surface: [
        [0, 0, 0, 0],
        [0, 0, 0, 0],
        [0, 0, 1, 0],
        [0, 0, 0, 0],
      ],
    });
  });

  it('uses the configured bands (Fit 82 is Medium and Intent 64 Very Low at 90/80/70)', () => {
    const matrix = summarize(m365, rows.slice(0, 1), { high: 90, medium: 80, low: 70 }).matrix;
    expect(matrix.M365).toEqual([
      [0, 0, 0, 0],
      [0, 0, 0, 1],
      [0, 0, 0, 0],
      [0, 0, 0, 0],
    ]);
  });

  it('reports an unreadable score with its row', () => {
    expect(summarize(m365, rows).problems).toEqual([
      { code: 'unreadable-score', params: { column: 'M365Fit', row: 7, value: 'abc' } },
    ]);
  });

  it('has no matrix for a product without both Fit and Intent columns', () => {
    const renewals = makeProfile('renewals', [cluster('AzureCluster', 'Azure')]);
    expect(summarize(renewals, [['Act Now']]).matrix).toEqual({});
  });
});

describe('summarize revenue by cluster', () => {
  it('sums revenue potential per cluster of every cluster column', () => {
    const rows = rowsOf(m365, [
      { M365Cluster: 'Act Now', SurfaceCluster: 'Nurture', 'Revenue Potential': '$100,000' },
      { M365Cluster: 'Act Now', SurfaceCluster: '', 'Revenue Potential': '$10K-$50K' },
      { M365Cluster: 'Evaluate', SurfaceCluster: 'Nurture', 'Revenue Potential': '' },
      { M365Cluster: 'Nurture', SurfaceCluster: 'Nurture', 'Revenue Potential': 'n/a' },
    ]);
    const analysis = summarize(m365, rows);
    expect(analysis.revenueByCluster).toEqual({
      M365Cluster: { ...zero, 'Act Now': 110000 },
      SurfaceCluster: { ...zero, Nurture: 100000, '(blank)': 10000 },
    });
    expect(analysis.problems).toEqual([
      {
        code: 'unreadable-money',
        params: { column: 'Revenue Potential', row: 4, value: 'n/a' },
      },
    ]);
  });

  it('is empty when the report has no revenue column', () => {
    const noRevenue = makeProfile('azure', [...triplet('Azure')]);
    const analysis = summarize(noRevenue, [['80', '80', 'Act Now']]);
    expect(analysis.revenueByCluster).toEqual({});
    expect(analysis.clusterCounts.AzureCluster['Act Now']).toBe(1);
  });
});

describe('summarize an empty report', () => {
  it('gives zero counts for every column', () => {
    const analysis = summarize(m365, []);
    expect(analysis.rows).toBe(0);
    expect(analysis.clusterCounts.M365Cluster).toEqual(zero);
    expect(analysis.cohortCounts.map((c) => c.yes)).toEqual([0, 0]);
    expect(analysis.problems).toEqual([]);
  });
});
