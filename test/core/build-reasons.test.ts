import { planTargets } from '../../src/core/plan-targets';
import type { Reason, ReportProfile, TargetCriteria } from '../../src/core/types';
import {
  accountName,
  agreementEnd,
  cluster,
  cohort,
  competitive,
  expiringRevenue,
  id,
  makeProfile,
  ownership,
  recent,
  revenue,
  rowsOf,
  type RowRecord,
  triplet,
} from './profile-builders';

const azure = makeProfile('azure', [
  id('CustomerID'),
  accountName('AccountName'),
  cohort('Azure_Migrate and Modernize VMware to Azure'),
  cohort('Azure_Modernize VDI to AVD'),
  cohort('Azure_Migrate and Modernize to S_4HANA via RISE with SAP'),
  ...triplet('Azure'),
  ownership('Has Azure'),
  ownership('HasM365'),
  competitive('HasAWS'),
  competitive('HasGoogle'),
  competitive('Has_Compete'),
  recent('Transactedinthelast36months'),
  revenue('Revenue Potential'),
]);

const renewals = makeProfile('renewals', [
  id('CustomerID'),
  cluster('AzureCluster', 'Azure'),
  cluster('M365Cluster', 'M365'),
  agreementEnd('Agreement End Date'),
  expiringRevenue('Expiring Revenue'),
]);

function reasonsFor(
  profile: ReportProfile,
  record: RowRecord,
  criteria?: TargetCriteria,
): Reason[] {
  const plan = planTargets(profile, rowsOf(profile, [record]), criteria);
  expect(plan.targets).toHaveLength(1);
  return plan.targets[0].reasons;
}

describe('reasons of a targeted account', () => {
  it('lists every kind of reason in reading order', () => {
    const reasons = reasonsFor(azure, {
      CustomerID: '1',
      AzureCluster: 'Act Now',
      AzureFit: '82',
      AzureIntent: '64',
      'Azure_Modernize VDI to AVD': 'Yes',
      'Azure_Migrate and Modernize VMware to Azure': 'Yes',
      'Has Azure': 'No',
      HasM365: 'Yes',
      HasAWS: 'Yes',
      HasGoogle: 'No',
      Has_Compete: 'Yes',
      Transactedinthelast36months: 'Yes',
      'Revenue Potential': '$120,000',
    });
    expect(reasons).toEqual<Reason[]>([
      { kind: 'cluster', cluster: 'Act Now', product: 'Azure' },
      {
        kind: 'scores',
        product: 'Azure',
        fit: 82,
        fitBand: 'High',
        intent: 64,
        intentBand: 'Medium',
      },
      { kind: 'segment', code: 'A2' },
      {
        kind: 'cohorts',
        names: ['Migrate and Modernize VMware to Azure', 'Modernize VDI to AVD'],
      },
      { kind: 'ownership', product: 'Azure', has: false },
      { kind: 'ownership', product: 'Microsoft 365', has: true },
      { kind: 'competitor', name: 'AWS' },
      { kind: 'competitor', name: '' },
      { kind: 'recent', transacted: true },
      { kind: 'revenue', amount: 120000 },
    ]);
  });

  it('gives only the cluster when every other cell is blank', () => {
    expect(reasonsFor(azure, { CustomerID: '1', AzureCluster: 'Evaluate' })).toEqual([
      { kind: 'cluster', cluster: 'Evaluate', product: 'Azure' },
    ]);
  });

  it('gives no reason for blank cells, even ones holding only spaces', () => {
    const reasons = reasonsFor(azure, {
      CustomerID: '1',
      AzureCluster: 'Evaluate',
      AzureFit: ' ',
      'Has Azure': '  ',
      HasAWS: '',
      Transactedinthelast36months: ' ',
      'Revenue Potential': '',
    });
    expect(reasons.map((reason) => reason.kind)).toEqual(['cluster']);
  });

  it('gives only the scores present, and no segment code without both', () => {
    const reasons = reasonsFor(azure, {
      CustomerID: '1',
      AzureCluster: 'Act Now',
      AzureIntent: '30',
    });
    expect(reasons).toEqual([
      { kind: 'cluster', cluster: 'Act Now', product: 'Azure' },
      { kind: 'scores', product: 'Azure', intent: 30, intentBand: 'Low' },
    ]);
  });

  it('reads band words written where scores were expected', () => {
    const reasons = reasonsFor(azure, {
      CustomerID: '1',
      AzureCluster: 'Act Now',
      AzureFit: 'Very Low',
      AzureIntent: 'HIGH',
    });
    expect(reasons.slice(1)).toEqual([
      { kind: 'scores', product: 'Azure', fitBand: 'Very Low', intentBand: 'High' },
      { kind: 'segment', code: 'D1' },
    ]);
  });

  it('bands scores with the configured bands', () => {
    const reasons = reasonsFor(
      azure,
      { CustomerID: '1', AzureCluster: 'Act Now', AzureFit: '75', AzureIntent: '55' },
      { bands: { high: 80, medium: 60, low: 40 } },
    );
    expect(reasons.slice(1)).toEqual([
      {
        kind: 'scores',
        product: 'Azure',
        fit: 75,
        fitBand: 'Medium',
        intent: 55,
        intentBand: 'Low',
      },
      { kind: 'segment', code: 'B3' },
    ]);
  });

  it('leaves out an unreadable score and reports it with its row', () => {
    const rows = rowsOf(azure, [
      { CustomerID: '1', AzureCluster: 'Nurture' },
      { CustomerID: '2', AzureCluster: 'Act Now', AzureFit: 'abc', AzureIntent: '80' },
    ]);
    const plan = planTargets(azure, rows);
    expect(plan.targets[0].reasons[1]).toEqual({
      kind: 'scores',
      product: 'Azure',
      intent: 80,
      intentBand: 'High',
    });
    expect(plan.targets[0].segmentCode).toBeUndefined();
    expect(plan.problems).toEqual([
      { code: 'unreadable-score', params: { column: 'AzureFit', row: 2, value: 'abc' } },
    ]);
  });

  it('says the account has not bought in 36 months when the column is No', () => {
    const reasons = reasonsFor(azure, {
      CustomerID: '1',
      AzureCluster: 'Act Now',
      Transactedinthelast36months: 'No',
    });
    expect(reasons.slice(1)).toEqual([{ kind: 'recent', transacted: false }]);
  });

  it('names a competitor only when its flag is Yes', () => {
    const reasons = reasonsFor(azure, {
      CustomerID: '1',
      AzureCluster: 'Act Now',
      HasAWS: 'No',
      HasGoogle: 'TRUE',
    });
    expect(reasons.slice(1)).toEqual([{ kind: 'competitor', name: 'Google' }]);
  });
});

describe('cohort reasons', () => {
  const sap = 'Azure_Migrate and Modernize to S_4HANA via RISE with SAP';
  const vdi = 'Azure_Modernize VDI to AVD';

  it('puts the chosen cohorts first, then the other Yes cohorts in file order, by short name', () => {
    const reasons = reasonsFor(
      azure,
      {
        CustomerID: '1',
        AzureCluster: 'Act Now',
        'Azure_Migrate and Modernize VMware to Azure': 'Yes',
        [vdi]: 'Yes',
        [sap]: 'Yes',
      },
      { cohorts: [sap] },
    );
    expect(reasons[1]).toEqual({
      kind: 'cohorts',
      names: [
        'Migrate and Modernize to S/4HANA via RISE with SAP',
        'Migrate and Modernize VMware to Azure',
        'Modernize VDI to AVD',
      ],
    });
  });

  it('gives no cohort reason when no cohort is Yes', () => {
    const reasons = reasonsFor(azure, { CustomerID: '1', AzureCluster: 'Act Now', [vdi]: 'No' });
    expect(reasons.map((reason) => reason.kind)).toEqual(['cluster']);
  });
});

describe('renewal reasons', () => {
  it('gives the agreement end date and the expiring revenue, not a second revenue', () => {
    const reasons = reasonsFor(renewals, {
      CustomerID: '1',
      AzureCluster: 'Evaluate',
      'Agreement End Date': '4/30/2026',
      'Expiring Revenue': '12000',
    });
    expect(reasons).toEqual([
      { kind: 'cluster', cluster: 'Evaluate', product: 'Azure' },
      { kind: 'renewal', date: '2026-04-30', expiringRevenue: 12000 },
    ]);
  });

  it('reads day-first dates when the file shows them', () => {
    const rows = rowsOf(renewals, [
      { CustomerID: '1', AzureCluster: 'Act Now', 'Agreement End Date': '05/04/2026' },
      { CustomerID: '2', AzureCluster: 'Nurture', 'Agreement End Date': '25/12/2026' },
    ]);
    const plan = planTargets(renewals, rows);
    expect(plan.targets[0].reasons[1]).toEqual({ kind: 'renewal', date: '2026-04-05' });
    expect(plan.problems).toEqual([]);
  });

  it('says when the file cannot tell month/day from day/month, and reads month first', () => {
    const rows = rowsOf(renewals, [
      { CustomerID: '1', AzureCluster: 'Act Now', 'Agreement End Date': '05/04/2026' },
    ]);
    const plan = planTargets(renewals, rows);
    expect(plan.targets[0].reasons[1]).toEqual({ kind: 'renewal', date: '2026-05-04' });
    expect(plan.problems).toEqual([
      { code: 'ambiguous-date-order', params: { column: 'Agreement End Date', order: 'MDY' } },
    ]);
  });

  it('gives a month-only renewal such as “(April, 2026)”', () => {
    const reasons = reasonsFor(renewals, {
      CustomerID: '1',
      M365Cluster: 'Act Now',
      'Agreement End Date': '(April, 2026)',
    });
    expect(reasons[1]).toEqual({ kind: 'renewal', date: '2026-04' });
  });

  it('leaves out an unreadable date, reports it, and keeps the expiring revenue', () => {
    const rows = rowsOf(renewals, [
      {
        CustomerID: '1',
        AzureCluster: 'Act Now',
        'Agreement End Date': 'soon',
        'Expiring Revenue': '$5,000',
      },
    ]);
    const plan = planTargets(renewals, rows);
    expect(plan.targets[0].reasons[1]).toEqual({ kind: 'renewal', expiringRevenue: 5000 });
    expect(plan.problems).toEqual([
      {
        code: 'unreadable-date',
        params: { column: 'Agreement End Date', row: 1, value: 'soon' },
      },
    ]);
  });
});

describe('target fields', () => {
  it('carries segment code, best cluster, product and revenue', () => {
    const rows = rowsOf(azure, [
      {
        CustomerID: '1',
        AzureCluster: 'Evaluate',
        AzureFit: '54',
        AzureIntent: '29',
        'Revenue Potential': '> $100K',
      },
    ]);
    const [target] = planTargets(azure, rows).targets;
    expect(target).toMatchObject({
      row: 0,
      priority: 1,
      segmentCode: 'C4',
      bestCluster: 'Evaluate',
      product: 'Azure',
      revenue: 100000,
    });
  });

  it('keeps the profile’s product name on the target and a readable one in the reason', () => {
    const copilot = makeProfile('m365', [id('CustomerID'), ...triplet('M365_CoPilot')]);
    const rows = rowsOf(copilot, [{ CustomerID: '1', M365_CoPilotCluster: 'Act Now' }]);
    const [target] = planTargets(copilot, rows).targets;
    expect(target.product).toBe('M365_CoPilot');
    expect(target.reasons[0]).toEqual({
      kind: 'cluster',
      cluster: 'Act Now',
      product: 'M365 CoPilot',
    });
  });
});

describe('renewal reasons whatever the revenue column', () => {
  const both = makeProfile('renewals', [
    id('CustomerID'),
    cluster('AzureCluster', 'Azure'),
    expiringRevenue('Expiring Revenue'),
    revenue('Revenue Potential'),
  ]);

  it('gives expiring revenue and revenue potential when the report has both', () => {
    const reasons = reasonsFor(both, {
      CustomerID: '1',
      AzureCluster: 'Act Now',
      'Expiring Revenue': '1000',
      'Revenue Potential': '50000',
    });
    expect(reasons.slice(1)).toEqual([
      { kind: 'renewal', expiringRevenue: 1000 },
      { kind: 'revenue', amount: 50000 },
    ]);
  });

  it('gives the expiring revenue when detection named no revenue column', () => {
    const reasons = reasonsFor(
      { ...both, revenueColumn: undefined },
      { CustomerID: '1', AzureCluster: 'Act Now', 'Expiring Revenue': '1000' },
    );
    expect(reasons.slice(1)).toEqual([{ kind: 'renewal', expiringRevenue: 1000 }]);
  });
});
