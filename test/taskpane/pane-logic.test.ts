/** @jest-environment jsdom */
// The pane's data helpers: the choice → criteria translation, list search, texts built from
// numbers and the heatmap's colour steps.

import type { SheetReport } from '../../src/excel/types';
import { heatLevel } from '../../src/taskpane/fit-intent-heatmap';
import { accountsText, confidenceText, layoutText } from '../../src/taskpane/pane-text';
import { findValues, matchesQuery } from '../../src/taskpane/search';
import {
  choiceProblem,
  defaultChoice,
  offeredFilters,
  toCriteria,
  toggled,
  withFilter,
} from '../../src/taskpane/targeting';
import type { TargetingChoice } from '../../src/taskpane/targeting';
import { FakeReportAdapter, sampleCsv } from './fake-adapter';

async function report(sample: string, name = sample): Promise<SheetReport> {
  const adapter = new FakeReportAdapter({ name, csv: sampleCsv(sample) });
  const read = await adapter.inspect({ lang: 'en' });
  if (!read.ok) throw new Error(read.message);
  return read.value;
}

describe('toCriteria', () => {
  it('turns the choice into core’s criteria, one where-filter per column', () => {
    const choice: TargetingChoice = {
      clusters: ['Act Now'],
      clusterColumns: ['AzureCluster'],
      cohorts: ['Azure_Migrate'],
      recentOnly: true,
      filters: { Country: 'Brazil', City: 'São Paulo' },
    };

    expect(toCriteria(choice)).toEqual({
      clusters: ['Act Now'],
      clusterColumns: ['AzureCluster'],
      cohorts: ['Azure_Migrate'],
      recentOnly: true,
      where: [
        { column: 'Country', value: 'Brazil' },
        { column: 'City', value: 'São Paulo' },
      ],
    });
  });
});

describe('withFilter', () => {
  const base: TargetingChoice = {
    clusters: ['Act Now'],
    clusterColumns: [],
    cohorts: [],
    recentOnly: false,
    filters: { Country: 'Brazil' },
  };

  it.each([
    ['sets a value', 'State', 'SP', { Country: 'Brazil', State: 'SP' }],
    ['replaces the value of the same column', 'Country', 'Mexico', { Country: 'Mexico' }],
    ['removes the filter for Any', 'Country', undefined, {}],
    [
      'keeps a blank value as a filter on blank cells',
      'State',
      '',
      { Country: 'Brazil', State: '' },
    ],
  ])('%s', (_case, header, value, expected) => {
    expect(withFilter(base, header, value).filters).toEqual(expected);
    expect(base.filters).toEqual({ Country: 'Brazil' });
  });
});

describe('toggled', () => {
  it.each([
    [['b'], 'a', true, ['a', 'b']],
    [['a', 'b'], 'a', false, ['b']],
    [['c'], 'c', true, ['c']],
  ])('%j with %s %s → %j, in the order of all', (items, item, on, expected) => {
    expect(toggled(items, item, on, ['a', 'b', 'c'])).toEqual(expected);
  });
});

describe('defaultChoice and choiceProblem', () => {
  it('start from Act Now and Evaluate on the report’s default cluster columns', async () => {
    const m365 = await report('CloudAscent - M365 propensity (FY24).csv', 'M365');

    expect(defaultChoice(m365)).toEqual({
      clusters: ['Act Now', 'Evaluate'],
      clusterColumns: ['M365Cluster'],
      cohorts: [],
      recentOnly: false,
      filters: {},
    });
    expect(choiceProblem(defaultChoice(m365), m365)).toBeUndefined();
  });

  it('need a cluster and a cluster column', async () => {
    const m365 = await report('CloudAscent - M365 propensity (FY24).csv', 'M365');
    const choice = defaultChoice(m365);

    expect(choiceProblem({ ...choice, clusters: [] }, m365)).toBe('pane.targeting.noCluster');
    expect(choiceProblem({ ...choice, clusterColumns: [] }, m365)).toBe('pane.targeting.noProduct');
  });
});

describe('offeredFilters', () => {
  it('orders the filters from sub-segment to org size, whatever the sheet’s order', async () => {
    const azure = await report('CloudAscent - Azure propensity (FY24).csv');

    expect(offeredFilters(azure).map((filter) => filter.kind)).toEqual([
      'subSegment',
      'industry',
      'vertical',
      'country',
      'state',
      'city',
      'orgSize',
    ]);
  });
});

describe('search', () => {
  it.each([
    ['São Paulo', 'sao', true],
    ['São Paulo', 'PAULO  são', true],
    ['São José dos Campos', 'sao paulo', false],
    ['Azure_Migrate VMware', '', true],
    ['Modernize VDI to AVD', 'vdi', true],
  ])('%s matches “%s”: %s', (text, query, expected) => {
    expect(matchesQuery(text, query)).toBe(expected);
  });

  it('lists the most frequent values first, at most the limit, and counts all matches', () => {
    const values = [
      { value: 'Recife', count: 2 },
      { value: 'São Paulo', count: 9 },
      { value: 'São Luís', count: 3 },
      { value: 'Santos', count: 3 },
    ];

    expect(findValues(values, 's', 2)).toEqual({
      shown: [
        { value: 'São Paulo', count: 9 },
        { value: 'Santos', count: 3 },
      ],
      total: 3,
    });
  });
});

describe('pane texts', () => {
  it.each([
    [1, 'en', '1 account'],
    [1200, 'en', '1,200 accounts'],
    [1200, 'pt-BR', '1.200 contas'],
    [0, 'pt-BR', '0 contas'],
  ] as const)('%d accounts in %s: %s', (count, lang, expected) => {
    expect(accountsText(count, lang)).toBe(expected);
  });

  it.each([
    [1, 'en', 'High (100%)'],
    [0.8, 'en', 'High (80%)'],
    [0.5, 'en', 'Medium (50%)'],
    [0.3, 'pt-BR', 'Baixa (30%)'],
  ] as const)('confidence %d in %s: %s', (confidence, lang, expected) => {
    expect(confidenceText(confidence, lang)).toBe(expected);
  });

  it.each([
    ['azure-fy24', 'en', 'FY24'],
    ['surface-fy24', 'pt-BR', 'FY24'],
    ['m365-2020-12', 'en', 'December 2020'],
    ['renewals-2021-07', 'pt-BR', 'julho de 2021'],
    ['d365-2021-01', 'en', 'January 2021'],
    ['newer', 'en', 'newer than the documented layouts'],
    ['unrecognized', 'pt-BR', 'não é um layout documentado'],
  ] as const)(
    'names layout %s in %s as the download date a partner knows: %s',
    (id, lang, text) => {
      expect(layoutText(id, lang)).toBe(text);
    },
  );
});

describe('heatLevel', () => {
  it.each([
    [0, 10, 0],
    [1, 10, 1],
    [2, 10, 1],
    [3, 10, 2],
    [5, 10, 2],
    [6, 10, 3],
    [8, 10, 4],
    [10, 10, 4],
    [0, 0, 0],
  ])('%d of a largest %d is step %d', (count, largest, expected) => {
    expect(heatLevel(count, largest)).toBe(expected);
  });
});
