// Cases found by attacking the engine with what real downloads and Excel re-saves hold: each
// one failed before its fix.

import { parseMoney } from '../../src/core/parse-money';
import { planTargets } from '../../src/core/plan-targets';
import type { Lang, ReportProfile } from '../../src/core/types';
import { renderReasons } from '../../src/i18n/render-reasons';
import {
  agreementEnd,
  expiringRevenue,
  id,
  makeProfile,
  revenue,
  rowsOf,
  triplet,
  type RowRecord,
} from './profile-builders';

const azure = makeProfile('azure', [id('CustomerID'), ...triplet('Azure'), revenue('Potential')]);
const azureWithoutRevenue = makeProfile('azure', [id('CustomerID'), ...triplet('Azure')]);
const renewals = makeProfile('renewals', [
  id('CustomerID'),
  ...triplet('Azure'),
  agreementEnd('Agreement End Date'),
  expiringRevenue('Expiring Revenue'),
]);

/** The rendered explanation of the only targeted row. */
function explain(profile: ReportProfile, record: RowRecord, lang: Lang): string {
  const plan = planTargets(profile, rowsOf(profile, [record]));
  expect(plan.targets).toHaveLength(1);
  return renderReasons(plan.targets[0].reasons, lang);
}

describe('revenue in explanations says what the report says', () => {
  it.each<[string, string, Lang, string]>([
    ['a band is quoted, not replaced by its lower bound', '$10K-$50K', 'en', 'potential $10K-$50K'],
    ['"under" is not turned into $0', '< $10K', 'en', 'potential < $10K'],
    ['"over" keeps its open end', '> $100K', 'pt-BR', 'potencial > $100K'],
    ['"N+" keeps its plus', '$5M+', 'en', 'potential $5M+'],
    ['a spaced range keeps its spacing', '$50K - $100K', 'en', 'potential $50K - $100K'],
    ['reais are not shown as dollars', 'R$ 1.234,56', 'pt-BR', 'potencial R$ 1.234,56'],
    ['euros are not shown as dollars', '€ 2.500', 'en', 'potential € 2.500'],
    ['a plain amount is still formatted', '48250', 'en', 'potential $48,250'],
    ['a dollar amount is still formatted', 'US$ 12,500.00', 'pt-BR', 'potencial US$ 12.500'],
  ])('%s (%s)', (_name, cell, lang, expected) => {
    const line = explain(
      azure,
      { CustomerID: '1', AzureCluster: 'Act Now', Potential: cell },
      lang,
    );
    expect(line.endsWith(expected)).toBe(true);
  });

  it('orders by the lower bound while the explanation quotes the band', () => {
    const rows = rowsOf(azure, [
      { CustomerID: 'under', AzureCluster: 'Act Now', Potential: '< $10K' },
      { CustomerID: 'band', AzureCluster: 'Act Now', Potential: '$10K-$50K' },
    ]);
    const plan = planTargets(azure, rows);
    expect(plan.targets.map((target) => rows[target.row][0])).toEqual(['band', 'under']);
    expect(plan.targets.map((target) => target.revenue)).toEqual([10000, 0]);
  });

  it('quotes expiring revenue in another currency as written', () => {
    const record = {
      CustomerID: '1',
      AzureCluster: 'Act Now',
      'Agreement End Date': '2026-03-27',
      'Expiring Revenue': 'R$ 12.345,00',
    };
    expect(explain(renewals, record, 'pt-BR')).toContain('(R$ 12.345,00 a vencer)');
  });
});

describe('band words written where Fit and Intent scores are expected', () => {
  it('order the same cluster by band, best first, as numbers would', () => {
    const rows = rowsOf(azureWithoutRevenue, [
      { CustomerID: 'low', AzureCluster: 'Act Now', AzureFit: 'Low', AzureIntent: 'Low' },
      { CustomerID: 'high', AzureCluster: 'Act Now', AzureFit: 'High', AzureIntent: 'High' },
      { CustomerID: 'mixed', AzureCluster: 'Act Now', AzureFit: 'High', AzureIntent: 'Medium' },
      { CustomerID: 'none', AzureCluster: 'Act Now' },
    ]);
    const plan = planTargets(azureWithoutRevenue, rows);
    expect(plan.targets.map((target) => rows[target.row][0])).toEqual([
      'high',
      'mixed',
      'low',
      'none',
    ]);
  });

  it('count as the lowest score of their band next to numeric scores', () => {
    const rows = rowsOf(azureWithoutRevenue, [
      { CustomerID: '74+74', AzureCluster: 'Act Now', AzureFit: '74', AzureIntent: '74' },
      { CustomerID: 'High+High', AzureCluster: 'Act Now', AzureFit: 'High', AzureIntent: 'HIGH' },
      { CustomerID: '75+76', AzureCluster: 'Act Now', AzureFit: '75', AzureIntent: '76' },
    ]);
    const plan = planTargets(azureWithoutRevenue, rows);
    expect(plan.targets.map((target) => rows[target.row][0])).toEqual([
      '75+76',
      'High+High',
      '74+74',
    ]);
  });
});

describe('amounts as Excel writes them when it re-saves a formatted column as CSV', () => {
  it.each([[' $ -   '], ['$-'], ['R$ -'], ['-€'], ['USD –'], [' € - ']])(
    "reads the Accounting format's zero %j as 0",
    (text) => {
      expect(parseMoney(text)).toBe(0);
    },
  );

  it.each([['-'], ['--'], ['$'], ['- $ -']])('still refuses %j', (text) => {
    expect(parseMoney(text)).toBeNull();
  });
});
