// Breaker tests: cell values the downloads really hold (Yes spelled five ways, accents and case
// in firmographics, numbered and lower-case clusters, two cluster columns, text that looks like
// a formula) and sheets at the edges (one row, every row or none targeted, an old Excel, a
// protected or filtered sheet, a lower request limit). The visible rows are always core's
// target list in Priority order; nothing downloaded changes; Reset gives every cell back.

import { renderReasons } from '../../src/i18n';
import { createWorkbook, hashSheet, snapshot, visibleRows } from '../excel-host';
import type { FillMode, WorkbookOptions } from '../excel-host';
import type { TargetCriteria } from '../../src/core/types';
import {
  EN,
  SAMPLES,
  adapterFor,
  expectedPlan,
  readSample,
  type LoadedSample,
} from './report-fixtures';

const BASE = readSample(SAMPLES.security);
const H = BASE.header;
const col = (name: string): number => {
  const at = H.indexOf(name);
  if (at < 0) throw new Error(`no column ${name}`);
  return at;
};
const CLUSTER = col('SecurityCluster');
const PLAY = col('Security_Defender for Business');
const ACCOUNT = col('AccountName');
const COUNTRY = col('Country');
const CITY = col('City');

function load(
  rows: string[][],
  mode: FillMode = 'general',
  options: Omit<WorkbookOptions, 'sheets'> = {},
  header: string[] = H,
): LoadedSample {
  const host = createWorkbook({
    name: SAMPLES.security,
    ...options,
    sheets: [{ name: 'Report', rows: [header, ...rows], mode }],
  });
  return {
    host,
    adapter: adapterFor(host),
    sheetName: 'Report',
    table: { title: [], header, rows },
    headerRow: 0,
  };
}

function editedRows(count: number, change: (row: string[], r: number) => void): string[][] {
  return BASE.rows.slice(0, count).map((row, r) => {
    const copy = [...row];
    change(copy, r);
    return copy;
  });
}

/** Applies, checks the visible rows against core, resets, checks every cell came back. */
async function roundTrip(loaded: LoadedSample, criteria: TargetCriteria = {}): Promise<number> {
  const { host } = loaded;
  const before = snapshot(host);
  const hash = hashSheet(host, 'Report');
  const { plan, values } = expectedPlan(loaded, criteria);
  const applied = await loaded.adapter.apply(criteria, EN);
  if (!applied.ok) throw new Error(applied.message);
  expect(applied.value.targeted).toBe(plan.targets.length);
  const width = loaded.table.header.length;
  const visible = visibleRows(host, 'Report').slice(1);
  expect(visible.map((row) => row.slice(0, width))).toEqual(
    plan.targets.map((target) => values[1 + target.row].slice(0, width)),
  );
  expect(visible.map((row) => row[width])).toEqual(plan.targets.map((t) => t.priority));
  expect((await loaded.adapter.explain(EN)).ok).toBe(true);
  expect((await adapterFor(host).reset(EN)).ok).toBe(true);
  expect(hashSheet(host, 'Report')).toBe(hash);
  expect(snapshot(host)).toEqual(before);
  return plan.targets.length;
}

describe('value spellings', () => {
  it.each(['general', 'text'] as const)(
    'a cohort whose Yes is Y, 1, TRUE, "yes " (opened as %s)',
    async (mode) => {
      const spellings = ['Y', '1', 'TRUE', 'yes ', 'No', 'N', '0', 'FALSE', ''];
      const rows = editedRows(60, (row, r) => {
        row[PLAY] = spellings[r % spellings.length];
      });
      const loaded = load(rows, mode);
      const targeted = await roundTrip(loaded, { cohorts: [H[PLAY]] });
      expect(targeted).toBeGreaterThan(0);
    },
  );

  it('firmographic values with accents and different case', async () => {
    const cities = ['São Paulo', 'SÃO PAULO', 'sao paulo', 'Goiânia', 'são paulo '];
    const rows = editedRows(50, (row, r) => {
      row[CITY] = cities[r % cities.length];
    });
    const loaded = load(rows);
    const targeted = await roundTrip(loaded, { where: [{ column: H[CITY], value: 'São Paulo' }] });
    expect(targeted).toBeGreaterThan(0);
  });

  it('clusters numbered and in lower case', async () => {
    const clusters = ['1 - Act Now', 'act now', 'ACT NOW', '2 - evaluate', 'Evaluate', 'nurture'];
    const rows = editedRows(48, (row, r) => {
      row[CLUSTER] = clusters[r % clusters.length];
    });
    expect(await roundTrip(load(rows))).toBe(40);
  });

  it('a report with two cluster columns', async () => {
    const header = [...H, 'M365Cluster'];
    const second = ['Act Now', 'Nurture', 'Evaluate', 'Educate', ''];
    const rows = editedRows(50, (row, r) => {
      row[CLUSTER] = r % 3 === 0 ? '3 - Nurture' : row[CLUSTER];
      row.push(second[r % second.length]);
    });
    const loaded = load(rows, 'general', {}, header);
    const criteria = { clusterColumns: ['SecurityCluster', 'M365Cluster'] };
    expect(await roundTrip(loaded, criteria)).toBeGreaterThan(0);
  });

  it('text that looks like a formula stays text in the report and in the Why column', async () => {
    const starts = ['=SUM(A1)', '+55 11 5555', '-Contoso-', '@home'];
    const rows = editedRows(40, (row, r) => {
      row[ACCOUNT] = `${starts[r % starts.length]} ${r}`;
      row[COUNTRY] = r % 2 === 0 ? '=Brazil' : 'Brazil';
    });
    const loaded = load(rows, 'text');
    const { plan } = expectedPlan(loaded);
    expect((await loaded.adapter.apply({}, EN)).ok).toBe(true);
    expect((await loaded.adapter.explain(EN)).ok).toBe(true);
    const sheet = loaded.host.model.sheets[0];
    const width = H.length;
    for (let r = 1; r <= rows.length; r++) {
      for (let c = 0; c < width + 4; c++) {
        expect({ r, c, formula: sheet.grid.get('formula', r, c) }).toEqual({
          r,
          c,
          formula: undefined,
        });
      }
    }
    const visible = visibleRows(loaded.host, 'Report').slice(1);
    expect(visible.map((row) => row[width + 2])).toEqual(
      plan.targets.map((target) => renderReasons(target.reasons, 'en')),
    );
  });
});

describe('sheets at the edges', () => {
  it('one data row', async () => {
    const rows = editedRows(1, (row) => {
      row[CLUSTER] = 'Act Now';
    });
    expect(await roundTrip(load(rows))).toBe(1);
  });

  it('every row targeted', async () => {
    const rows = editedRows(30, (row) => {
      row[CLUSTER] = 'Evaluate';
    });
    expect(await roundTrip(load(rows))).toBe(30);
  });

  it('no row targeted', async () => {
    const rows = editedRows(30, (row) => {
      row[CLUSTER] = 'Educate';
    });
    const loaded = load(rows);
    const before = snapshot(loaded.host);
    const applied = await loaded.adapter.apply({}, EN);
    if (!applied.ok) throw new Error(applied.message);
    expect(applied.value.targeted).toBe(0);
    expect(visibleRows(loaded.host, 'Report')).toHaveLength(1);
    expect((await loaded.adapter.reset(EN)).ok).toBe(true);
    expect(snapshot(loaded.host)).toEqual(before);
  });

  it('ExcelApi 1.12, without notes', async () => {
    const loaded = load(BASE.rows.slice(0, 80), 'general', { excelApi: '1.12' });
    const before = snapshot(loaded.host);
    expect((await loaded.adapter.apply({}, EN)).ok).toBe(true);
    const explained = await loaded.adapter.explain(EN);
    if (!explained.ok) throw new Error(explained.message);
    expect(explained.notices).toHaveLength(1);
    expect(explained.value.notesWritten).toBe(0);
    expect((await adapterFor(loaded.host).reset(EN)).ok).toBe(true);
    expect(snapshot(loaded.host)).toEqual(before);
  });

  it('a request limit lowered to 1 MB: every request that passes stays within it', async () => {
    const long = 'x'.repeat(700);
    const rows = Array.from({ length: 12 }, () => BASE.rows)
      .flat()
      .map((row, r) => {
        const copy = [...row];
        copy[ACCOUNT] = `${row[ACCOUNT]} ${long} ${r}`;
        return copy;
      });
    const limit = 1024 * 1024;
    const loaded = load(rows, 'general', {
      limits: { requestBytes: limit, responseBytes: limit },
    });
    await roundTrip(loaded);
    const log = loaded.host.stats.log;
    const passed = log.filter((record) => record.errorCode === undefined);
    expect(Math.max(...passed.map((record) => record.requestBytes))).toBeLessThanOrEqual(limit);
    expect(Math.max(...passed.map((record) => record.responseBytes))).toBeLessThanOrEqual(limit);
  });

  it('requests do not grow with the rows: the same count for 150 and 1,800 rows', async () => {
    const requests = async (copies: number): Promise<number[]> => {
      const loaded = load(Array.from({ length: copies }, () => BASE.rows).flat());
      const counts: number[] = [];
      for (const step of [
        () => loaded.adapter.apply({}, EN),
        () => loaded.adapter.explain(EN),
        () => loaded.adapter.reset(EN),
      ]) {
        loaded.host.resetStats();
        expect((await step()).ok).toBe(true);
        counts.push(loaded.host.stats.requests);
      }
      return counts;
    };
    expect(await requests(12)).toEqual(await requests(1));
  });
});
