// Breaker tests: the report among the user's own things (formatting, hidden columns, widths, a
// frozen header, notes, names, other tables, data to the right) and the user acting between the
// add-in's steps. Whatever happens, Reset gives back every cell and everything else, or says why
// it cannot; it never claims success over a sheet it left changed.

import { columnLetters } from '../../src/excel/cell-text';
import {
  createWorkbook,
  hashSheet,
  sheetTexts,
  snapshot,
  visibleRows,
  type ExcelHost,
} from '../excel-host';
import {
  EN,
  SAMPLES,
  adapterFor,
  expectedPlan,
  loadSample,
  readSample,
  sheetRows,
} from './report-fixtures';

async function edit(
  host: ExcelHost,
  change: (sheet: Excel.Worksheet, book: Excel.Workbook) => void,
): Promise<void> {
  await host.run(async (context) => {
    change(context.workbook.worksheets.getItem('Report'), context.workbook);
    await context.sync();
  });
}

/** Everything about the sheet the snapshot leaves out: widths, hidden columns, frozen panes. */
function layout(host: ExcelHost): unknown {
  const sheet = host.model.sheets[0];
  return {
    widths: [...sheet.columnWidths.entries()].sort((a, b) => a[0] - b[0]),
    hidden: Array.from(sheet.columnHidden.slice(0, 60)),
    freeze: sheet.freeze,
  };
}

describe('Reset gives back a report dressed by the user', () => {
  it('keeps formatting, hidden columns, widths, the frozen header, a note and a name', async () => {
    const loaded = loadSample(SAMPLES.security);
    const width = loaded.table.header.length;
    await edit(loaded.host, (sheet, book) => {
      sheet.getRange('A1:E1').format.font.bold = true;
      sheet.getRange('B:B').columnHidden = true;
      sheet.getRange(`${columnLetters(width + 1)}:${columnLetters(width + 1)}`).columnHidden = true;
      sheet.getRange('E:E').format.columnWidth = 200;
      sheet.freezePanes.freezeRows(1);
      sheet.notes.add('E3', 'Met at the fair');
      book.names.add('Accounts', sheet.getRange(`E2:E${loaded.table.rows.length + 1}`));
    });
    const before = snapshot(loaded.host);
    const shape = layout(loaded.host);
    expect((await loaded.adapter.apply({}, EN)).ok).toBe(true);
    expect((await loaded.adapter.explain(EN)).ok).toBe(true);
    expect((await loaded.adapter.reset(EN)).ok).toBe(true);
    expect(snapshot(loaded.host)).toEqual(before);
    expect(layout(loaded.host)).toEqual(shape);
  });

  it('leaves the user’s notes column, right of a blank column, where it was', async () => {
    const table = readSample(SAMPLES.security);
    const rows = sheetRows(table).map((row, r) => [
      ...row,
      '',
      r === 0 ? 'My notes' : r % 3 === 0 ? `call back ${r}` : '',
    ]);
    // The user's notes run further down than the report.
    rows.push(...[1, 2].map((n) => [...table.header.map(() => ''), '', `later ${n}`]));
    const host = createWorkbook({
      name: SAMPLES.security,
      sheets: [{ name: 'Report', rows, mode: 'general' }],
    });
    const adapter = adapterFor(host);
    const before = snapshot(host);
    const inspected = await adapter.inspect(EN);
    if (!inspected.ok) throw new Error(inspected.message);
    expect(inspected.value.rowCount).toBe(table.rows.length);
    const applied = await adapter.apply({}, EN);
    if (!applied.ok) throw new Error(applied.message);
    expect((await adapter.reset(EN)).ok).toBe(true);
    expect(snapshot(host)).toEqual(before);
  });

  it('targets a plain report with another table of the user’s right of it', async () => {
    const table = readSample(SAMPLES.security);
    const rows = sheetRows(table).map((row, r) =>
      r < 4 ? [...row, '', ['Region', 'North', 'South', 'East'][r]] : row,
    );
    const host = createWorkbook({
      name: SAMPLES.security,
      sheets: [{ name: 'Report', rows, mode: 'general' }],
    });
    const side = columnLetters(table.header.length + 1);
    await edit(host, (sheet) => {
      sheet.tables.add(`${side}1:${side}4`, true).name = 'Regions';
    });
    const adapter = adapterFor(host);
    const before = snapshot(host);
    const applied = await adapter.apply({}, EN);
    if (!applied.ok) throw new Error(applied.message);
    expect(applied.value.targeted).toBeGreaterThan(0);
    expect((await adapter.reset(EN)).ok).toBe(true);
    expect(snapshot(host)).toEqual(before);
  });
});

describe('the user acts between the add-in’s steps', () => {
  it('apply twice with different criteria, then reset, gives back every cell', async () => {
    const loaded = loadSample(SAMPLES.azure);
    const before = snapshot(loaded.host);
    const hash = hashSheet(loaded.host, 'Report');
    expect((await loaded.adapter.apply({}, EN)).ok).toBe(true);
    const second = await loaded.adapter.apply({ clusters: ['Evaluate', 'Nurture'] }, EN);
    if (!second.ok) throw new Error(second.message);
    const { plan } = expectedPlan(loaded, { clusters: ['Evaluate', 'Nurture'] });
    expect(second.value.targeted).toBe(plan.targets.length);
    expect(visibleRows(loaded.host, 'Report').length - 1).toBe(plan.targets.length);
    expect((await adapterFor(loaded.host).reset(EN)).ok).toBe(true);
    expect(hashSheet(loaded.host, 'Report')).toBe(hash);
    expect(snapshot(loaded.host)).toEqual(before);
  });

  it('apply, the user sorts by another column, explain, reset', async () => {
    const loaded = loadSample(SAMPLES.security);
    const before = snapshot(loaded.host);
    expect((await loaded.adapter.apply({}, EN)).ok).toBe(true);
    const account = loaded.table.header.indexOf('AccountName');
    await edit(loaded.host, (sheet) => {
      sheet.tables.getItemAt(0).sort.apply([{ key: account, ascending: false }]);
    });
    const explained = await adapterFor(loaded.host).explain(EN);
    if (!explained.ok) throw new Error(explained.message);
    expect((await adapterFor(loaded.host).reset(EN)).ok).toBe(true);
    expect(snapshot(loaded.host)).toEqual(before);
  });

  it('apply, save and reopen (a new adapter), reset', async () => {
    const loaded = loadSample(SAMPLES.renewals, { mode: 'general' });
    const before = snapshot(loaded.host);
    expect((await loaded.adapter.apply({}, EN)).ok).toBe(true);
    expect((await adapterFor(loaded.host).explain({ lang: 'pt-BR' })).ok).toBe(true);
    expect((await adapterFor(loaded.host).reset(EN)).ok).toBe(true);
    expect(snapshot(loaded.host)).toEqual(before);
  });
});

describe('Reset after the user deleted the hidden row-number column', () => {
  it('removes everything else and says the original order could not be restored', async () => {
    const loaded = loadSample(SAMPLES.security);
    const before = snapshot(loaded.host);
    expect((await loaded.adapter.apply({}, EN)).ok).toBe(true);
    await edit(loaded.host, (sheet) => {
      sheet.tables.getItemAt(0).columns.getItem('PN Row').delete();
    });

    const reset = await loaded.adapter.reset(EN);

    expect(reset.ok).toBe(true);
    if (!reset.ok) return;
    expect(reset.notices).toEqual([
      expect.stringContaining('original row order could not be restored'),
    ]);
    expect(reset.notices[0]).toContain('PN Row');
    // Every downloaded row is still there, unchanged, with no helper column; only the order
    // differs from the download.
    const texts = sheetTexts(loaded.host, 'Report');
    const key = (row: readonly string[]) => JSON.stringify(row);
    expect(texts[0]).toEqual(loaded.table.header);
    expect(texts.slice(1).map(key).sort()).toEqual(loaded.table.rows.map(key).sort());
    expect(texts.slice(1).map(key)).not.toEqual(loaded.table.rows.map(key));
    expect(snapshot(loaded.host)).not.toEqual(before);
  });

  it('says nothing more when the order was restored', async () => {
    const loaded = loadSample(SAMPLES.security);
    expect((await loaded.adapter.apply({}, EN)).ok).toBe(true);
    const reset = await loaded.adapter.reset(EN);
    expect(reset.ok && reset.notices).toEqual([]);
  });
});
