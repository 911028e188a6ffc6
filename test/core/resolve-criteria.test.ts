import { resolveCriteria } from '../../src/core/resolve-criteria';
import { DEFAULT_BANDS } from '../../src/core/types';
import type { Cluster } from '../../src/core/types';
import {
  cohort,
  competitive,
  firmographic,
  id,
  makeProfile,
  other,
  ownership,
  recent,
  triplet,
} from './profile-builders';

const profile = makeProfile('m365', [
  id('CustomerID'),
  firmographic('State'),
  cohort('MW_Business Premium_E SKU Attach >50'),
  cohort('HasGoogle Workspace'),
  ...triplet('M365'),
  ...triplet('Surface'),
  recent('Transactedinthelast36months'),
]);
const column = (header: string) => profile.columns.findIndex((info) => info.header === header);

describe('resolveCriteria defaults', () => {
  const resolved = resolveCriteria(profile);

  it('targets Act Now and Evaluate in the report type’s default cluster columns', () => {
    expect(resolved.criteria.clusters).toEqual(['Act Now', 'Evaluate']);
    expect(resolved.clusterColumns).toEqual([column('M365Cluster')]);
    expect(resolved.criteria.clusterColumns).toEqual(['M365Cluster']);
  });

  it('asks for no cohort, no filter and not only recent buyers, with the default bands', () => {
    expect(resolved.criteria).toMatchObject({ cohorts: [], where: [], recentOnly: false });
    expect(resolved.criteria.bands).toEqual(DEFAULT_BANDS);
    expect(resolved.problems).toEqual([]);
    expect(resolved.matchesNothing).toBe(false);
  });

  it('treats an empty cluster list like a missing one', () => {
    expect(resolveCriteria(profile, { clusters: [] }).criteria.clusters).toEqual([
      'Act Now',
      'Evaluate',
    ]);
  });
});

describe('resolveCriteria headers', () => {
  it('finds chosen columns whatever their case, spacing and punctuation, in the file spelling', () => {
    const resolved = resolveCriteria(profile, {
      clusterColumns: ['surface cluster'],
      cohorts: ['mw business premium e sku attach 50'],
      where: [{ column: 'STATE', value: 'São Paulo' }],
    });
    expect(resolved.clusterColumns).toEqual([column('SurfaceCluster')]);
    expect(resolved.criteria.clusterColumns).toEqual(['SurfaceCluster']);
    expect(resolved.cohortColumns).toEqual([column('MW_Business Premium_E SKU Attach >50')]);
    expect(resolved.criteria.cohorts).toEqual(['MW_Business Premium_E SKU Attach >50']);
    expect(resolved.where).toEqual([{ column: column('State'), value: 'São Paulo' }]);
    expect(resolved.criteria.where).toEqual([{ column: 'State', value: 'São Paulo' }]);
    expect(resolved.problems).toEqual([]);
  });

  it('orders chosen cluster columns by file position and lists each once', () => {
    const resolved = resolveCriteria(profile, {
      clusterColumns: ['SurfaceCluster', 'M365Cluster', 'surfacecluster'],
    });
    expect(resolved.clusterColumns).toEqual([column('M365Cluster'), column('SurfaceCluster')]);
  });

  it('reports an unknown cluster column and keeps the chosen ones it found', () => {
    const resolved = resolveCriteria(profile, {
      clusterColumns: ['CopilotCluster', 'M365Cluster'],
    });
    expect(resolved.clusterColumns).toEqual([column('M365Cluster')]);
    expect(resolved.problems).toEqual([
      { code: 'unknown-column', params: { header: 'CopilotCluster' } },
    ]);
    expect(resolved.matchesNothing).toBe(false);
  });

  it('reports that no cluster column is left when none of the chosen ones exists', () => {
    const resolved = resolveCriteria(profile, { clusterColumns: ['CopilotCluster'] });
    expect(resolved.clusterColumns).toEqual([]);
    expect(resolved.problems.map((p) => p.code)).toEqual(['unknown-column', 'no-cluster-columns']);
  });

  it.each([
    ['an unknown cohort', { cohorts: ['MW_Teams Phone'] }],
    ['a filter on an unknown column', { where: [{ column: 'Province', value: 'SP' }] }],
  ])('makes %s match nothing, with a problem, instead of dropping it', (_name, criteria) => {
    const resolved = resolveCriteria(profile, criteria);
    expect(resolved.matchesNothing).toBe(true);
    expect(resolved.problems.map((p) => p.code)).toEqual(['unknown-column']);
  });
});

describe('resolveCriteria columns of the wrong kind', () => {
  it('drops a chosen cluster column whose role is not cluster, with a problem', () => {
    const resolved = resolveCriteria(profile, { clusterColumns: ['State', 'SurfaceCluster'] });
    expect(resolved.clusterColumns).toEqual([column('SurfaceCluster')]);
    expect(resolved.criteria.clusterColumns).toEqual(['SurfaceCluster']);
    expect(resolved.problems).toEqual([
      { code: 'not-a-cluster-column', params: { header: 'State' } },
    ]);
    expect(resolved.matchesNothing).toBe(false);
  });

  it('reports that no cluster column is left when every chosen one is of another kind', () => {
    const resolved = resolveCriteria(profile, { clusterColumns: ['M365Fit'] });
    expect(resolved.clusterColumns).toEqual([]);
    expect(resolved.problems.map((p) => p.code)).toEqual([
      'not-a-cluster-column',
      'no-cluster-columns',
    ]);
  });

  it.each([['M365Fit'], ['State'], ['SurfaceCluster'], ['CustomerID']])(
    'refuses %s as a cohort: it is not a Yes/No column, so no account matches',
    (header) => {
      const resolved = resolveCriteria(profile, { cohorts: [header] });
      expect(resolved.cohortColumns).toEqual([]);
      expect(resolved.criteria.cohorts).toEqual([]);
      expect(resolved.problems).toEqual([{ code: 'not-a-cohort-column', params: { header } }]);
      expect(resolved.matchesNothing).toBe(true);
    },
  );

  const flags = makeProfile('azure', [
    id('CustomerID'),
    cohort('Azure_Modernize VDI to AVD'),
    ownership('HasAzure'),
    competitive('HasAWS'),
    { header: 'Microsoft Defender for Endpoint', role: 'licensing' },
    recent('Transactedinthelast36months'),
    other('Extra Flag'),
    ...triplet('Azure'),
  ]);

  it.each([
    ['Azure_Modernize VDI to AVD'],
    ['HasAzure'],
    ['HasAWS'],
    ['Microsoft Defender for Endpoint'],
    ['Transactedinthelast36months'],
    ['Extra Flag'],
  ])('accepts %s as a cohort: its role holds Yes/No values', (header) => {
    const resolved = resolveCriteria(flags, { cohorts: [header] });
    expect(resolved.criteria.cohorts).toEqual([header]);
    expect(resolved.problems).toEqual([]);
    expect(resolved.matchesNothing).toBe(false);
  });
});

describe('resolveCriteria headers that differ only by punctuation', () => {
  const plays = makeProfile('azure', [
    id('CustomerID'),
    cohort('Migrate - EOS SQL - EOS SQL Server IB with CLAS Propensity - 5+ Licenses'),
    cohort('Migrate - EOS SQL - EOS SQL Server IB with CLAS Propensity - <5 Licenses'),
    ...triplet('Azure'),
  ]);

  it.each([
    ['Migrate - EOS SQL - EOS SQL Server IB with CLAS Propensity - <5 Licenses', 2],
    ['migrate - eos sql - eos sql server ib with clas propensity -  <5 licenses', 2],
    ['Migrate - EOS SQL - EOS SQL Server IB with CLAS Propensity - 5+ Licenses', 1],
  ])('resolves %j to column %i, not to its look-alike', (header, index) => {
    expect(resolveCriteria(plays, { cohorts: [header] }).cohortColumns).toEqual([index]);
  });
});

describe('resolveCriteria options', () => {
  it('makes “recent only” match nothing on a report without the 36-month column', () => {
    const noRecent = makeProfile('azure', [id('CustomerID'), ...triplet('Azure')]);
    const resolved = resolveCriteria(noRecent, { recentOnly: true });
    expect(resolved.criteria.recentOnly).toBe(true);
    expect(resolved.matchesNothing).toBe(true);
    expect(resolved.problems).toEqual([{ code: 'no-recent-column' }]);
  });

  it('accepts “recent only” on a report with the 36-month column', () => {
    const resolved = resolveCriteria(profile, { recentOnly: true });
    expect(resolved.matchesNothing).toBe(false);
    expect(resolved.problems).toEqual([]);
  });

  it('keeps configured bands that rise from Low to High', () => {
    const bands = { high: 80, medium: 60, low: 40 };
    expect(resolveCriteria(profile, { bands }).criteria.bands).toEqual(bands);
  });

  it.each([
    { high: 55, medium: 75, low: 30 },
    { high: 75, medium: 55, low: 55 },
    { high: Number.NaN, medium: 55, low: 30 },
  ])('replaces bands that do not rise (%j) by the defaults, with a problem', (bands) => {
    const resolved = resolveCriteria(profile, { bands });
    expect(resolved.criteria.bands).toEqual(DEFAULT_BANDS);
    expect(resolved.problems).toEqual([
      { code: 'invalid-bands', params: { high: bands.high, medium: bands.medium, low: bands.low } },
    ]);
  });

  it('reports a cluster name that is not a cluster and keeps the others once each', () => {
    const asked = ['Evaluate', 'Hot', 'Evaluate'] as Cluster[];
    const resolved = resolveCriteria(profile, { clusters: asked });
    expect(resolved.criteria.clusters).toEqual(['Evaluate']);
    expect(resolved.problems).toEqual([{ code: 'unknown-cluster', params: { value: 'Hot' } }]);
  });

  it('matches nothing when no asked cluster is a cluster', () => {
    const resolved = resolveCriteria(profile, { clusters: ['Hot'] as unknown as Cluster[] });
    expect(resolved.criteria.clusters).toEqual([]);
    expect(resolved.matchesNothing).toBe(true);
  });
});
