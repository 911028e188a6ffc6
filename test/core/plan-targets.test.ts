import { planTargets } from '../../src/core/plan-targets';
import type { ReportProfile, TargetCriteria } from '../../src/core/types';
import {
  cohort,
  firmographic,
  id,
  makeProfile,
  recent,
  rowsOf,
  triplet,
  type RowRecord,
} from './profile-builders';

const azure = makeProfile('azure', [
  id('CustomerID'),
  firmographic('City'),
  firmographic('Industry'),
  cohort('Azure_Migrate and Modernize VMware to Azure'),
  cohort('Azure_Modernize VDI to AVD'),
  ...triplet('Azure'),
  ...triplet('M365'),
  recent('Transactedinthelast36months'),
]);

/** Customer IDs of the targeted rows, in file order. */
function targeted(
  profile: ReportProfile,
  records: RowRecord[],
  criteria?: TargetCriteria,
): string[] {
  const rows = rowsOf(profile, records);
  const idColumn = profile.identifierColumn ?? 0;
  return planTargets(profile, rows, criteria)
    .targets.map((target) => target.row)
    .sort((a, b) => a - b)
    .map((row) => rows[row][idColumn]);
}

describe('planTargets: clusters', () => {
  const records = [
    { CustomerID: 'act', AzureCluster: 'Act Now' },
    { CustomerID: 'evaluate', AzureCluster: 'Evaluate' },
    { CustomerID: 'nurture', AzureCluster: 'Nurture' },
    { CustomerID: 'educate', AzureCluster: 'Educate' },
    { CustomerID: 'blank', AzureCluster: '' },
    { CustomerID: 'spelled', AzureCluster: '1 - ACT NOW' },
    { CustomerID: 'm365-only', AzureCluster: 'Nurture', M365Cluster: 'Act Now' },
  ];

  it('targets Act Now and Evaluate in the default cluster columns (Azure’s for azure)', () => {
    expect(targeted(azure, records)).toEqual(['act', 'evaluate', 'spelled']);
  });

  it('targets the chosen clusters only', () => {
    expect(targeted(azure, records, { clusters: ['Nurture', 'Educate'] })).toEqual([
      'nurture',
      'educate',
      'm365-only',
    ]);
  });

  it('replaces the default cluster columns by the chosen ones', () => {
    expect(targeted(azure, records, { clusterColumns: ['M365Cluster'] })).toEqual(['m365-only']);
  });

  it('targets a row when ANY chosen cluster column holds a chosen cluster', () => {
    expect(targeted(azure, records, { clusterColumns: ['AzureCluster', 'M365Cluster'] })).toEqual([
      'act',
      'evaluate',
      'spelled',
      'm365-only',
    ]);
  });

  it('targets nothing when no cluster column is left', () => {
    expect(targeted(azure, records, { clusterColumns: ['CopilotCluster'] })).toEqual([]);
  });
});

describe('planTargets: cohorts', () => {
  const vmware = 'Azure_Migrate and Modernize VMware to Azure';
  const vdi = 'Azure_Modernize VDI to AVD';
  const records = [
    { CustomerID: 'both', AzureCluster: 'Act Now', [vmware]: 'Yes', [vdi]: 'Y' },
    { CustomerID: 'vmware', AzureCluster: 'Act Now', [vmware]: 'yes', [vdi]: 'No' },
    { CustomerID: 'vdi', AzureCluster: 'Act Now', [vmware]: '', [vdi]: '1' },
    { CustomerID: 'neither', AzureCluster: 'Act Now' },
    { CustomerID: 'unreadable', AzureCluster: 'Act Now', [vmware]: 'maybe', [vdi]: 'Yes' },
    { CustomerID: 'nurture', AzureCluster: 'Nurture', [vmware]: 'Yes', [vdi]: 'Yes' },
  ];

  it('keeps rows where the chosen cohort is Yes (any Yes spelling)', () => {
    expect(targeted(azure, records, { cohorts: [vmware] })).toEqual(['both', 'vmware']);
  });

  it('needs EVERY chosen cohort to be Yes', () => {
    expect(targeted(azure, records, { cohorts: [vmware, vdi] })).toEqual(['both']);
  });

  it('still needs a chosen cluster when the cohorts are Yes', () => {
    expect(targeted(azure, records, { cohorts: [vdi] })).toEqual(['both', 'vdi', 'unreadable']);
  });

  it('does not count an unreadable flag as Yes, and reports it with its row', () => {
    const rows = rowsOf(azure, records);
    const plan = planTargets(azure, rows, { cohorts: [vmware] });
    expect(plan.problems).toEqual([
      { code: 'unreadable-flag', params: { column: vmware, row: 5, value: 'maybe' } },
    ]);
  });

  it('targets nothing when a chosen cohort is not in the report', () => {
    const plan = planTargets(azure, rowsOf(azure, records), { cohorts: [vmware, 'Azure_SAP'] });
    expect(plan.targets).toEqual([]);
    expect(plan.problems).toEqual([{ code: 'unknown-column', params: { header: 'Azure_SAP' } }]);
  });
});

describe('planTargets: recent buyers only', () => {
  const records = [
    { CustomerID: 'recent', AzureCluster: 'Act Now', Transactedinthelast36months: 'Yes' },
    { CustomerID: 'not-recent', AzureCluster: 'Act Now', Transactedinthelast36months: 'No' },
    { CustomerID: 'blank', AzureCluster: 'Evaluate', Transactedinthelast36months: '' },
  ];

  it('keeps only rows whose 36-month column is Yes', () => {
    expect(targeted(azure, records, { recentOnly: true })).toEqual(['recent']);
  });

  it('ignores the 36-month column when not asked', () => {
    expect(targeted(azure, records)).toEqual(['recent', 'not-recent', 'blank']);
  });

  it('targets nothing, and says why, when the report has no 36-month column', () => {
    const old = makeProfile('azure', [id('CustomerID'), ...triplet('Azure')]);
    const plan = planTargets(old, rowsOf(old, [{ CustomerID: '1', AzureCluster: 'Act Now' }]), {
      recentOnly: true,
    });
    expect(plan.targets).toEqual([]);
    expect(plan.problems).toEqual([{ code: 'no-recent-column' }]);
  });
});

describe('planTargets: column = value filters', () => {
  const records = [
    { CustomerID: 'exact', AzureCluster: 'Act Now', City: 'São Paulo', Industry: 'Retail' },
    { CustomerID: 'no-accent', AzureCluster: 'Act Now', City: 'sao paulo', Industry: 'RETAIL' },
    { CustomerID: 'spaces', AzureCluster: 'Act Now', City: '  São   Paulo ', Industry: 'Retail ' },
    { CustomerID: 'other-city', AzureCluster: 'Act Now', City: 'Campinas', Industry: 'Retail' },
    {
      CustomerID: 'other-industry',
      AzureCluster: 'Act Now',
      City: 'São Paulo',
      Industry: 'Health',
    },
    { CustomerID: 'nurture', AzureCluster: 'Nurture', City: 'São Paulo', Industry: 'Retail' },
  ];

  it.each([['São Paulo'], ['SAO PAULO'], [' sao  paulo ']])(
    'matches the City filter %j ignoring case, accents and spaces',
    (value) => {
      expect(targeted(azure, records, { where: [{ column: 'City', value }] })).toEqual([
        'exact',
        'no-accent',
        'spaces',
        'other-industry',
      ]);
    },
  );

  it('needs EVERY filter to match', () => {
    const where = [
      { column: 'city', value: 'Sao Paulo' },
      { column: 'INDUSTRY', value: 'retail' },
    ];
    expect(targeted(azure, records, { where })).toEqual(['exact', 'no-accent', 'spaces']);
  });

  it('matches a filter for an empty value against blank cells only', () => {
    const withBlank = [...records, { CustomerID: 'no-city', AzureCluster: 'Evaluate' }];
    expect(targeted(azure, withBlank, { where: [{ column: 'City', value: '' }] })).toEqual([
      'no-city',
    ]);
  });
});

describe('planTargets: rows as hosts give them', () => {
  it('treats cells missing from a short (ragged) row as blank', () => {
    const rows = [['1'], ['2', '', '', '', '', '', '', 'Act Now']];
    const plan = planTargets(azure, rows);
    expect(plan.targets.map((target) => target.row)).toEqual([1]);
    expect(plan.problems).toEqual([]);
  });

  it('targets nothing in a report with no rows', () => {
    const plan = planTargets(azure, []);
    expect(plan.targets).toEqual([]);
    expect(plan.criteria.clusterColumns).toEqual(['AzureCluster']);
  });

  it('reports a cluster label it cannot read, with its row, and does not target it', () => {
    const rows = rowsOf(azure, [
      { CustomerID: '1', AzureCluster: 'Hot lead' },
      { CustomerID: '2', AzureCluster: 'Act Now' },
    ]);
    const plan = planTargets(azure, rows);
    expect(plan.targets.map((target) => target.row)).toEqual([1]);
    expect(plan.problems).toEqual([
      { code: 'unreadable-cluster', params: { column: 'AzureCluster', row: 1, value: 'Hot lead' } },
    ]);
  });
});
