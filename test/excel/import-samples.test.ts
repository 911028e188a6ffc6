// Open report file… on every bundled sample: a new sheet named after the file holds exactly the
// text of the file (every value as core's reader reads it, identifiers as text in text-formatted
// columns, numbers only where they show the file's text), as a table, active, and the report on
// it is recognised as the same report core recognises in the file.

import { readdirSync } from 'node:fs';
import { decodeText } from '../../src/core/decode-text';
import { detectReport } from '../../src/core/detect-report';
import { readCsv } from '../../src/core/read-csv';
import { SAMPLES_DIR } from './report-fixtures';
import {
  EN,
  expectedTable,
  sampleBytes,
  sheetContent,
  sheetNames,
  workbook,
} from './import-helpers';

const FILES = readdirSync(SAMPLES_DIR).filter((file) => file.endsWith('.csv'));

const IDENTIFIER_KINDS = new Set([
  'customerId',
  'tpid',
  'duns',
  'partnerId',
  'agreementId',
  'postalCode',
]);

describe.each(FILES)('opening “%s”', (file) => {
  it('writes every value exactly as in the file, identifiers as text, into a new active table', async () => {
    const bytes = sampleBytes(file);
    const expected = expectedTable(bytes);
    const { host, adapter } = workbook();

    const result = await adapter.openReportFile?.({ fileName: file, bytes: bytes.slice(0) }, EN);
    if (result === undefined || !result.ok) throw new Error(result?.message ?? 'no import');

    const name = result.value.sheetName;
    expect(sheetNames(host)).toEqual(['Sheet1', name]);
    expect(file.startsWith(name)).toBe(true);
    expect(host.model.activeSheet.name).toBe(name);
    expect(result.value).toMatchObject({
      rowCount: expected.length - 1,
      columnCount: expected[0].length,
      table: true,
    });

    const { texts, values } = sheetContent(host, name);
    expect(texts).toEqual(expected);
    for (let r = 0; r < expected.length; r++) {
      for (let c = 0; c < expected[0].length; c++) {
        const value = values[r][c];
        // A number only where the cell shows the file's text (checked above): 97 shown as 97.0.
        if (typeof value !== 'number') expect(value).toBe(expected[r][c]);
      }
    }

    const read = readCsv(decodeText(new Uint8Array(bytes)));
    if (!read.ok) throw new Error(read.error.code);
    const profile = detectReport(read.value.header, {
      nameHint: file,
      sampleRows: read.value.rows.slice(0, 50),
    });
    const sheet = host.model.sheets[1];
    for (const column of profile.columns) {
      if (column.kind === undefined || !IDENTIFIER_KINDS.has(column.kind)) continue;
      expect(sheet.grid.get('numberFormat', 1, column.index)).toBe('@');
      expect(values.slice(1).every((row) => typeof row[column.index] === 'string')).toBe(true);
    }
    const tables = host.model.tables.filter((table) => table.sheet === sheet);
    expect(tables.map((table) => table.rect)).toEqual([
      { top: 0, left: 0, bottom: expected.length - 1, right: expected[0].length - 1 },
    ]);

    const inspected = await adapter.inspect(EN);
    if (!inspected.ok) throw new Error(inspected.message);
    expect(inspected.value.sheetName).toBe(name);
    expect(inspected.value.rowCount).toBe(expected.length - 1);
    expect(inspected.value.profile.reportType).toBe(profile.reportType);
    expect(inspected.value.damage).toBeUndefined();
  });
});
