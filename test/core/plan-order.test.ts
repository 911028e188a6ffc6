import { planTargets } from '../../src/core/plan-targets';
import type { ReportProfile, TargetCriteria } from '../../src/core/types';
import {
  cluster,
  id,
  makeProfile,
  revenue,
  rowsOf,
  triplet,
  type RowRecord,
} from './profile-builders';

const withRevenue = makeProfile('azure', [
  id('CustomerID'),
  ...triplet('Azure'),
  revenue('Revenue Potential'),
]);
const withoutRevenue = makeProfile('azure', [id('CustomerID'), ...triplet('Azure')]);
const twoProducts = makeProfile('renewals', [
  id('CustomerID'),
  ...triplet('M365'),
  ...triplet('Azure'),
]);

/** Customer IDs of the targets in priority order. */
function order(profile: ReportProfile, records: RowRecord[], criteria?: TargetCriteria): string[] {
  const rows = rowsOf(profile, records);
  return planTargets(profile, rows, criteria).targets.map((target) => rows[target.row][0]);
}

describe('planTargets order', () => {
  it.each<[string, ReportProfile, RowRecord[], string[]]>([
    [
      'revenue potential comes first, highest first, whatever the cluster',
      withRevenue,
      [
        { CustomerID: 'small', AzureCluster: 'Act Now', 'Revenue Potential': '$10,000' },
        { CustomerID: 'big', AzureCluster: 'Evaluate', 'Revenue Potential': '$120,000' },
        { CustomerID: 'band', AzureCluster: 'Evaluate', 'Revenue Potential': '$50K-$100K' },
      ],
      ['big', 'band', 'small'],
    ],
    [
      'rows without revenue potential go after rows with it',
      withRevenue,
      [
        { CustomerID: 'none', AzureCluster: 'Act Now', AzureFit: '99', AzureIntent: '99' },
        { CustomerID: 'zero', AzureCluster: 'Evaluate', 'Revenue Potential': '0' },
        { CustomerID: 'unreadable', AzureCluster: 'Act Now', 'Revenue Potential': 'n/a' },
      ],
      ['zero', 'none', 'unreadable'],
    ],
    [
      'equal revenue is ordered by cluster: Act Now before Evaluate',
      withRevenue,
      [
        { CustomerID: 'evaluate', AzureCluster: 'Evaluate', 'Revenue Potential': '5000' },
        { CustomerID: 'act', AzureCluster: 'Act Now', 'Revenue Potential': '$5,000' },
      ],
      ['act', 'evaluate'],
    ],
    [
      'without a revenue column the cluster comes first',
      withoutRevenue,
      [
        { CustomerID: 'evaluate', AzureCluster: 'Evaluate', AzureFit: '99', AzureIntent: '99' },
        { CustomerID: 'act', AzureCluster: 'Act Now', AzureFit: '10', AzureIntent: '10' },
      ],
      ['act', 'evaluate'],
    ],
    [
      'the same cluster is ordered by Fit + Intent, highest first',
      withoutRevenue,
      [
        { CustomerID: '120', AzureCluster: 'Act Now', AzureFit: '60', AzureIntent: '60' },
        { CustomerID: '150', AzureCluster: 'Act Now', AzureFit: '90', AzureIntent: '60' },
        { CustomerID: '130', AzureCluster: 'Act Now', AzureFit: '50', AzureIntent: '80' },
      ],
      ['150', '130', '120'],
    ],
    [
      'rows with both scores (or band words) go before rows missing one, then rows with none',
      withoutRevenue,
      [
        { CustomerID: 'none', AzureCluster: 'Act Now' },
        { CustomerID: 'fit-only', AzureCluster: 'Act Now', AzureFit: '99' },
        { CustomerID: 'both-low', AzureCluster: 'Act Now', AzureFit: '1', AzureIntent: '1' },
        {
          CustomerID: 'band-words',
          AzureCluster: 'Act Now',
          AzureFit: 'High',
          AzureIntent: 'High',
        },
      ],
      ['band-words', 'both-low', 'fit-only', 'none'],
    ],
    [
      'full ties keep file order',
      withRevenue,
      [
        { CustomerID: 'first', AzureCluster: 'Act Now', AzureFit: '80', AzureIntent: '70' },
        { CustomerID: 'second', AzureCluster: 'Act Now', AzureFit: '70', AzureIntent: '80' },
        { CustomerID: 'third', AzureCluster: 'Act Now', AzureFit: '75', AzureIntent: '75' },
      ],
      ['first', 'second', 'third'],
    ],
    [
      'the full cascade: revenue, then cluster, then Fit + Intent, then file order',
      withRevenue,
      [
        { CustomerID: 'f', AzureCluster: 'Evaluate' },
        { CustomerID: 'e', AzureCluster: 'Act Now' },
        { CustomerID: 'd', AzureCluster: 'Evaluate', 'Revenue Potential': '100' },
        { CustomerID: 'c', AzureCluster: 'Act Now', 'Revenue Potential': '100' },
        {
          CustomerID: 'b',
          AzureCluster: 'Act Now',
          'Revenue Potential': '100',
          AzureFit: '50',
          AzureIntent: '50',
        },
        { CustomerID: 'a', AzureCluster: 'Evaluate', 'Revenue Potential': '200' },
        { CustomerID: 'g', AzureCluster: 'Evaluate' },
      ],
      ['a', 'b', 'c', 'd', 'e', 'f', 'g'],
    ],
  ])('%s', (_name, profile, records, expected) => {
    expect(order(profile, records)).toEqual(expected);
  });
});

describe('planTargets order across products', () => {
  const criteria = { clusterColumns: ['M365Cluster', 'AzureCluster'] };

  it('ranks a row by its best cluster among the selected columns', () => {
    const records = [
      { CustomerID: 'evaluate-both', M365Cluster: 'Evaluate', AzureCluster: 'Evaluate' },
      { CustomerID: 'act-azure', M365Cluster: 'Evaluate', AzureCluster: 'Act Now' },
    ];
    expect(order(twoProducts, records, criteria)).toEqual(['act-azure', 'evaluate-both']);
  });

  it('uses the scores of the product that gave the best cluster', () => {
    const records = [
      {
        CustomerID: 'azure-scores-count',
        M365Cluster: 'Evaluate',
        M365Fit: '99',
        M365Intent: '99',
        AzureCluster: 'Act Now',
        AzureFit: '60',
        AzureIntent: '60',
      },
      { CustomerID: 'other', AzureCluster: 'Act Now', AzureFit: '70', AzureIntent: '70' },
    ];
    expect(order(twoProducts, records, criteria)).toEqual(['other', 'azure-scores-count']);
  });

  it('on a tie of best cluster, uses the first product in column order', () => {
    const records = [
      {
        CustomerID: 'm365-first',
        M365Cluster: 'Act Now',
        M365Fit: '50',
        M365Intent: '50',
        AzureCluster: 'Act Now',
        AzureFit: '99',
        AzureIntent: '99',
      },
      { CustomerID: 'azure-only', AzureCluster: 'Act Now', AzureFit: '60', AzureIntent: '60' },
    ];
    const rows = rowsOf(twoProducts, records);
    const plan = planTargets(twoProducts, rows, {
      clusterColumns: ['AzureCluster', 'M365Cluster'],
    });
    expect(plan.targets.map((target) => [rows[target.row][0], target.product])).toEqual([
      ['azure-only', 'Azure'],
      ['m365-first', 'M365'],
    ]);
  });

  it('ranks and explains a row by the selected cluster that qualified it', () => {
    const records = [
      { CustomerID: 'nurture-m365', M365Cluster: 'Nurture', AzureCluster: 'Act Now' },
    ];
    const rows = rowsOf(twoProducts, records);
    const plan = planTargets(twoProducts, rows, { ...criteria, clusters: ['Nurture'] });
    expect(plan.targets).toHaveLength(1);
    expect(plan.targets[0]).toMatchObject({ bestCluster: 'Nurture', product: 'M365' });
  });
});

describe('planTargets priority and sort keys', () => {
  it('numbers the targets 1..n in output order', () => {
    const rows = rowsOf(withRevenue, [
      { CustomerID: 'a', AzureCluster: 'Evaluate', 'Revenue Potential': '1' },
      { CustomerID: 'b', AzureCluster: 'Nurture' },
      { CustomerID: 'c', AzureCluster: 'Act Now', 'Revenue Potential': '2' },
    ]);
    const plan = planTargets(withRevenue, rows);
    expect(plan.targets.map((target) => [target.row, target.priority])).toEqual([
      [2, 1],
      [0, 2],
    ]);
  });

  it('lists revenue among the sort keys only when the report has a revenue column', () => {
    expect(planTargets(withRevenue, []).sortedBy).toEqual([
      'revenue',
      'cluster',
      'fitIntent',
      'fileOrder',
    ]);
    expect(planTargets(withoutRevenue, []).sortedBy).toEqual(['cluster', 'fitIntent', 'fileOrder']);
  });

  it('reports unreadable revenue with its row and keeps the row, without a revenue', () => {
    const rows = rowsOf(withRevenue, [
      { CustomerID: 'a', AzureCluster: 'Act Now', 'Revenue Potential': 'n/a' },
    ]);
    const plan = planTargets(withRevenue, rows);
    expect(plan.targets[0].revenue).toBeUndefined();
    expect(plan.problems).toEqual([
      {
        code: 'unreadable-money',
        params: { column: 'Revenue Potential', row: 1, value: 'n/a' },
      },
    ]);
  });

  it('reads the expiring revenue of a renewals report as its revenue column', () => {
    const renewals = makeProfile('renewals', [
      id('CustomerID'),
      cluster('AzureCluster', 'Azure'),
      { header: 'Expiring Revenue', role: 'revenue', kind: 'expiringRevenue' },
    ]);
    const rows = rowsOf(renewals, [
      { CustomerID: 'a', AzureCluster: 'Act Now', 'Expiring Revenue': '1000' },
      { CustomerID: 'b', AzureCluster: 'Evaluate', 'Expiring Revenue': '9000' },
    ]);
    const plan = planTargets(renewals, rows);
    expect(plan.targets.map((target) => [rows[target.row][0], target.revenue])).toEqual([
      ['b', 9000],
      ['a', 1000],
    ]);
  });
});
