// What the workbench grid shows of the host's sheet: Excel's view after the adapter worked on
// it (filtered rows and the hidden row-number column left out, cluster fills, notes).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planTargets } from '../../src/core/plan-targets';
import { CLUSTER_COLORS } from '../../src/excel/cluster-formats';
import { createReportAdapter } from '../../src/excel';
import { installOfficeMock } from '../../src/workbench/office-mock';
import { sampleWorkbook } from '../../src/workbench/sample-workbook';
import { columnLetter, sheetView } from '../../src/workbench/sheet-view';
import { createWorkbook } from '../excel-host';

const FILE = 'CloudAscent - Azure propensity.csv';

async function appliedSample() {
  const loaded = sampleWorkbook(FILE, readFileSync(join(__dirname, '..', '..', 'samples', FILE)));
  if (!loaded.ok) throw new Error(loaded.error.code);
  const { host, sheetName } = loaded.value;
  const restore = installOfficeMock(host, 'en-US', 'light', () => undefined);
  const adapter = createReportAdapter((batch) => host.run(batch), {
    isSetSupported: (name, version) => host.requirements.isSetSupported(name, version),
  });
  const before = sheetView(host, sheetName, Number.MAX_SAFE_INTEGER);
  const rows = before.rows.map((row) => row.cells.map((cell) => cell.text));
  const inspected = await adapter.inspect({ lang: 'en' });
  if (!inspected.ok) throw new Error(inspected.code);
  const criteria = { recentOnly: true };
  const applied = await adapter.apply(criteria, { lang: 'en' });
  if (!applied.ok) throw new Error(applied.code);
  const plan = planTargets(inspected.value.profile, rows, criteria);
  return { host, sheetName, adapter, restore, rows, plan };
}

describe('sheet view', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [51, 'AZ'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16383, 'XFD'],
  ])('names column %i %s', (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
  });

  it('shows the targets in priority order, the helper columns but not the hidden one', async () => {
    const { host, sheetName, restore, rows, plan } = await appliedSample();
    try {
      const view = sheetView(host, sheetName, 1000);
      const id = 2; // CustomerTPID

      expect(view.columns.map((column) => column.letter).slice(-4)).toEqual([
        'AM',
        'AN',
        'AO',
        'AP',
      ]);
      expect(view.header?.cells.slice(-3).map((cell) => cell.text)).toEqual([
        'Priority',
        'Segment (2)',
        'Why',
      ]);
      expect(view.visibleCount).toBe(plan.targets.length);
      expect(view.hiddenCount).toBe(300 - plan.targets.length);
      expect(view.rows.map((row) => row.number)).toEqual(plan.targets.map((_, i) => i + 2));
      expect(view.rows[0].cells[view.columns.length - 3].text).toBe('1');
      expect(view.rows.map((row) => row.cells[id].text)).toEqual(
        plan.targets.map((target) => rows[target.row][id]),
      );
    } finally {
      restore();
    }
  });

  it('fills cluster cells with their cluster’s colour and leaves the rest unfilled', async () => {
    const { host, sheetName, restore, plan } = await appliedSample();
    try {
      const view = sheetView(host, sheetName, 1000);
      const cluster = plan.clusterColumns[0];
      const fills = new Set(view.rows.map((row) => row.cells[cluster].fill));

      expect(fills).toEqual(new Set([CLUSTER_COLORS['Act Now'], CLUSTER_COLORS.Evaluate]));
      expect(view.rows.every((row) => row.cells[0].fill === null)).toBe(true);
    } finally {
      restore();
    }
  });

  it('carries the notes Explain writes, on the account name cells', async () => {
    const { host, sheetName, adapter, restore } = await appliedSample();
    try {
      const explained = await adapter.explain({ lang: 'en' });
      const view = sheetView(host, sheetName, 1000);
      const noted = view.rows.flatMap((row) =>
        row.cells.flatMap((cell, c) => (cell.note === null ? [] : [[row.number, c]])),
      );

      expect(explained.ok && explained.value.notesWritten).toBe(noted.length);
      expect(noted[0]).toEqual([2, 4]);
      expect(view.rows[0].cells[4].note).toMatch(/^Priority 1: /);
    } finally {
      restore();
    }
  });

  it('draws the first rows only and counts the rest', () => {
    const rows = [['Name'], ...Array.from({ length: 30 }, (_, i) => [`account ${i + 1}`])];
    const host = createWorkbook({ sheets: [{ name: 'Sheet1', rows, mode: 'text' }] });
    const view = sheetView(host, 'Sheet1', 10);

    expect(view.rows.map((row) => row.number)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(view.visibleCount).toBe(30);
    expect(view.hiddenCount).toBe(0);
  });

  it('shows an empty sheet as no header and no rows', () => {
    const host = createWorkbook({ sheets: [{ name: 'Sheet1' }] });
    expect(sheetView(host, 'Sheet1', 10)).toEqual({
      sheetName: 'Sheet1',
      columns: [],
      header: undefined,
      rows: [],
      visibleCount: 0,
      hiddenCount: 0,
    });
  });
});
