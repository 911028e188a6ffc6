import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Workbook } from 'exceljs';
import { SAMPLES } from '../../scripts/samples/specs';
import { foldKey } from '../../src/core/fold';
import { jsonOf, runCli } from './run-cli';
import { readSample } from './sample-table';
import {
  columnLetters,
  noteOf,
  openWorkbook,
  rowText,
  sheet,
  tableRange,
  textOf,
} from './workbook-reader';

const TARGET_FIELDS = ['reportType', 'targeted', 'sortedBy', 'order', 'firstExplanation', 'out'];
const CODE_KEYS = ['customerid', 'customertpid', 'dunsnumber', 'postalcode', 'agreementid'];

let outDir: string;
beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'pn-target-'));
});
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

interface TargetJson {
  reportType: string;
  targeted: number;
  sortedBy: string[];
  order: string[];
  firstExplanation: string | null;
  out: string;
}

describe.each(SAMPLES.map((spec, i) => [spec.file, spec, i] as const))(
  'target on %s',
  (_file, spec, index) => {
    const table = readSample(spec);
    const width = table.header.length;
    const out = (): string => join(outDir, `sample-${index}.xlsx`);
    let result: TargetJson;
    let analyzed: { identifierColumn: string; clusterColumns: string[]; rows: number };
    let clusterCounts: Record<string, Record<string, number>>;
    let workbook: Workbook;

    beforeAll(async () => {
      const run = await runCli('target', table.path, '--out', out(), '--json');
      expect(run.code).toBe(0);
      result = jsonOf(run) as unknown as TargetJson;
      const analysis = jsonOf(await runCli('analyze', table.path, '--json'));
      analyzed = analysis as unknown as typeof analyzed;
      clusterCounts = analysis.clusterCounts as typeof clusterCounts;
      workbook = await openWorkbook(out());
    });

    it('prints exactly the documented fields', () => {
      expect(Object.keys(result).sort()).toEqual([...TARGET_FIELDS].sort());
      expect(result.out).toBe(out());
      expect(result.sortedBy).toContain('fileOrder');
      expect(result.targeted).toBeGreaterThan(0);
      expect(result.firstExplanation).toMatch(/\S/);
    });

    it('writes the sheets Targets, Report and Summary', () => {
      expect(workbook.worksheets.map((worksheet) => worksheet.name)).toEqual([
        'Targets',
        'Report',
        'Summary',
      ]);
    });

    it('keeps every original value of the Report sheet, cell for cell, in a table', () => {
      const report = sheet(workbook, 'Report');
      expect(rowText(report, 1, width)).toEqual(table.header);
      table.rows.forEach((row, r) => {
        expect(rowText(report, r + 2, width)).toEqual(row);
      });
      expect(report.rowCount).toBe(table.rows.length + 1);
      expect(tableRange(report, 'ReportTable')).toBe(
        `A1:${columnLetters(width)}${table.rows.length + 1}`,
      );
    });

    it('lists the targets in the JSON order, with Priority 1..n and unchanged cells', () => {
      const targets = sheet(workbook, 'Targets');
      expect(rowText(targets, 1, width + 3)).toEqual([
        ...table.header,
        'Priority',
        'Segment',
        'Why',
      ]);
      expect(targets.rowCount).toBe(result.targeted + 1);

      const idColumn = table.header.indexOf(analyzed.identifierColumn);
      const sourceRows = new Map<string, number>();
      for (const row of table.rows) {
        const key = JSON.stringify(row);
        sourceRows.set(key, (sourceRows.get(key) ?? 0) + 1);
      }
      const ids: string[] = [];
      for (let i = 0; i < result.targeted; i++) {
        const cells = rowText(targets, i + 2, width);
        const key = JSON.stringify(cells);
        expect(sourceRows.get(key)).toBeGreaterThan(0);
        sourceRows.set(key, (sourceRows.get(key) ?? 0) - 1);
        ids.push(cells[idColumn] ?? '');
        cells.forEach((text, c) => {
          if (/^[=+\-@]/.test(text)) expect(targets.getRow(i + 2).getCell(c + 1).numFmt).toBe('@');
        });
        expect(targets.getRow(i + 2).getCell(width + 1).value).toBe(i + 1);
      }
      expect(ids.slice(0, 50)).toEqual(result.order);
    });

    it('explains every target in Why and notes the first 100 account names', () => {
      const targets = sheet(workbook, 'Targets');
      const nameColumn = table.header.findIndex((header) => foldKey(header) === 'accountname');
      for (let i = 0; i < result.targeted; i++) {
        const row = targets.getRow(i + 2);
        const why = textOf(row.getCell(width + 3));
        expect(why.length).toBeGreaterThan(0);
        expect(why.length).toBeLessThanOrEqual(300);
        if (i === 0) expect(why).toBe(result.firstExplanation);
        expect(noteOf(row.getCell(nameColumn + 1))).toBe(i < 100 ? why : undefined);
      }
    });

    it('formats identifier, DUNS, postal-code and agreement cells, and formula-like ones, as Text', () => {
      const report = sheet(workbook, 'Report');
      const codeColumns = table.header
        .map((header, c) => (CODE_KEYS.includes(foldKey(header)) ? c : -1))
        .filter((c) => c >= 0);
      expect(codeColumns.length).toBeGreaterThanOrEqual(3);
      table.rows.forEach((row, r) => {
        row.forEach((text, c) => {
          const cell = report.getRow(r + 2).getCell(c + 1);
          if (text !== '' && (codeColumns.includes(c) || /^[=+\-@]/.test(text))) {
            expect([cell.address, cell.numFmt]).toEqual([cell.address, '@']);
          }
        });
      });
    });

    it('summarises cluster counts as analyze does', () => {
      const summary = sheet(workbook, 'Summary');
      const values = (row: number): unknown[] => {
        const cells: unknown[] = [];
        for (let c = 1; c <= 7; c++) cells.push(summary.getRow(row).getCell(c).value);
        return cells;
      };
      let title = 1;
      while (title < 10 && values(title)[0] !== 'Accounts per cluster') title++;
      const [, ...labels] = values(title + 1) as string[];
      const found: Record<string, Record<string, number>> = {};
      for (let row = title + 2; values(row)[0] !== null; row++) {
        const [header, ...counts] = values(row) as [string, ...number[]];
        found[header] = Object.fromEntries(labels.map((label, i) => [label, counts[i]]));
      }
      expect(labels).toEqual(['Act Now', 'Evaluate', 'Nurture', 'Educate', '(blank)', '(other)']);
      expect(found).toEqual(clusterCounts);
    });
  },
);

describe('the samples the workbook checks run on', () => {
  it('hold identifiers with leading zeros, 16+ digits and formula-like account names', () => {
    const cells = SAMPLES.flatMap((spec) => {
      const table = readSample(spec);
      const codes = table.header
        .map((header, c) => (CODE_KEYS.includes(foldKey(header)) ? c : -1))
        .filter((c) => c >= 0);
      return table.rows.flatMap((row) => codes.map((c) => row[c] ?? ''));
    });
    expect(cells.filter((text) => /^0\d+$/.test(text)).length).toBeGreaterThan(100);
    expect(cells.filter((text) => /^\d{16,}$/.test(text)).length).toBeGreaterThan(50);
    const formulaLike = SAMPLES.flatMap((spec) =>
      readSample(spec).rows.flatMap((row) => row.filter((text) => /^[=+\-@]/.test(text))),
    );
    expect(formulaLike.length).toBeGreaterThan(10);
  });
});
