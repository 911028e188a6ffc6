// Which Excel filters reproduce core's target list, and how the cluster columns are coloured:
// value lists of displayed text, the Priority filter whenever column filters cannot say exactly
// what core decided, and one format per cluster label.

import { detectReport } from '../../src/core/detect-report';
import { planTargets } from '../../src/core/plan-targets';
import { resolveCriteria } from '../../src/core/resolve-criteria';
import type { TargetCriteria } from '../../src/core/types';
import { planClusterFormats } from '../../src/excel/cluster-formats';
import { planFilters } from '../../src/excel/filter-plan';

const HEADER = [
  'CustomerTPID',
  'AccountName',
  'AzureFit',
  'AzureIntent',
  'AzureCluster',
  'Azure_Virtual Desktop',
  'Country',
  'Transactedinthelast36months',
];
const CLUSTER = 4;
const PLAY = 5;
const COUNTRY = 6;

/** Rows as core reads them and the text Excel displays for each cell (the same unless given). */
function report(rows: string[][], shown: Record<string, string> = {}) {
  const profile = detectReport(HEADER, { nameHint: 'Azure' });
  const texts = (column: number): string[] =>
    rows.map((row, r) => shown[`${r}:${column}`] ?? row[column]);
  const plan = (criteria: TargetCriteria) => {
    const targets = planTargets(profile, rows, criteria);
    const { where } = resolveCriteria(profile, criteria);
    return { targets, filters: planFilters(profile, targets, where, rows, texts) };
  };
  return { profile, plan, texts };
}

const ROWS = [
  ['1', 'Ana', '80', '80', 'Act Now', 'Yes', 'Brazil', 'Yes'],
  ['2', 'Bia', '60', '60', '1 - Act Now', 'No', 'brazil ', 'No'],
  ['3', 'Caio', '40', '40', 'ACT NOW', 'Yes', 'Chile', 'Yes'],
  ['4', 'Duda', '20', '20', 'Nurture', 'Yes', 'Brazil', 'Yes'],
  ['5', 'Eva', '90', '50', 'Evaluate', 'Yes', 'Brazil', ''],
];

describe('planFilters', () => {
  it('lists each accepted displayed spelling once, ignoring case, on the real columns', () => {
    const { filters } = report(ROWS).plan({ clusters: ['Act Now'] });
    expect(filters).toEqual({
      filters: [
        {
          column: CLUSTER,
          criteria: { filterOn: 'Values', values: ['Act Now', '1 - Act Now'] },
        },
      ],
      byPriority: false,
    });
  });

  it('adds cohort, 36-month and firmographic filters, with every spelling core accepts', () => {
    const { filters } = report(ROWS).plan({
      cohorts: ['Azure_Virtual Desktop'],
      recentOnly: true,
      where: [{ column: 'Country', value: 'BRAZIL' }],
    });
    expect(filters.filters).toEqual([
      {
        column: CLUSTER,
        criteria: { filterOn: 'Values', values: ['Act Now', '1 - Act Now', 'Evaluate'] },
      },
      { column: PLAY, criteria: { filterOn: 'Values', values: ['Yes'] } },
      { column: 7, criteria: { filterOn: 'Values', values: ['Yes'] } },
      { column: COUNTRY, criteria: { filterOn: 'Values', values: ['Brazil', 'brazil '] } },
    ]);
    expect(filters.byPriority).toBe(false);
  });

  it('also filters Priority when a displayed text stands for values core reads apart', () => {
    const rows = ROWS.map((row) => [...row]);
    rows[2][PLAY] = 'maybe';
    const { filters } = report(rows, { [`2:${PLAY}`]: 'Yes' }).plan({
      cohorts: ['Azure_Virtual Desktop'],
    });
    expect(filters.byPriority).toBe(true);
  });

  it('also filters Priority when no row passes a condition', () => {
    const rows = ROWS.map((row) => [...row.slice(0, PLAY), 'No', ...row.slice(PLAY + 1)]);
    const { filters, targets } = report(rows).plan({ cohorts: ['Azure_Virtual Desktop'] });
    expect(targets.targets).toEqual([]);
    expect(filters.byPriority).toBe(true);
    expect(filters.filters.map((f) => f.column)).toEqual([CLUSTER]);
  });

  it('filters Priority instead of the clusters when several cluster columns are targeted', () => {
    const header = [...HEADER, 'M365Cluster'];
    const rows = ROWS.map((row, r) => [...row, r === 3 ? 'Act Now' : 'Educate']);
    const profile = detectReport(header, { nameHint: 'Azure' });
    const criteria = { clusterColumns: ['AzureCluster', 'M365Cluster'] };
    const plan = planTargets(profile, rows, criteria);
    const filters = planFilters(profile, plan, [], rows, (c) => rows.map((row) => row[c]));
    expect(filters).toEqual({ filters: [], byPriority: true });
  });
});

describe('planClusterFormats', () => {
  const block = { headerRow: 0, left: 0, width: HEADER.length, rowCount: ROWS.length };

  it('uses one ContainsText rule per label whose spellings all contain its name', () => {
    const { plan, texts } = report(ROWS);
    const { targets } = plan({});
    expect(planClusterFormats(targets, block, ROWS, texts)).toEqual([
      { column: CLUSTER, kind: 'text', rule: 'Act Now', color: '#C6EFCE' },
      { column: CLUSTER, kind: 'text', rule: 'Evaluate', color: '#FFEB9C' },
      { column: CLUSTER, kind: 'text', rule: 'Nurture', color: '#DDEBF7' },
    ]);
  });

  it('lists other spellings in a Custom formula on the first data row, quotes doubled', () => {
    const rows = ROWS.map((row) => [...row]);
    rows[1][CLUSTER] = 'act_now';
    rows[2][CLUSTER] = 'ActNow';
    const { plan, texts } = report(rows);
    const formats = planClusterFormats(plan({}).targets, { ...block, headerRow: 2 }, rows, texts);
    expect(formats[0]).toEqual({
      column: CLUSTER,
      kind: 'formula',
      rule: '=OR($E4="Act Now",$E4="act_now",$E4="ActNow")',
      color: '#C6EFCE',
    });
  });
});
