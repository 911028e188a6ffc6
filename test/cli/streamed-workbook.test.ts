import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worksheet } from 'exceljs';
import { MESSAGES } from '../../src/cli/messages';
import { writeWorkbook } from '../../src/cli/workbook/write-workbook';
import { decodeText, detectReport, planTargets, readCsv, summarize } from '../../src/core';
import { renderReasons } from '../../src/i18n';
import { columnLetters, noteOf, openWorkbook, sheet } from './workbook-reader';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pn-stream-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function workbookInput(file: string) {
  const path = join(__dirname, '..', '..', 'samples', file);
  const read = readCsv(decodeText(readFileSync(path)));
  if (!read.ok) throw new Error(read.error.code);
  const { header, rows } = read.value;
  const profile = detectReport(header, { nameHint: file, sampleRows: rows.slice(0, 50) });
  const plan = planTargets(profile, rows);
  return {
    header,
    rows,
    profile,
    targets: plan.targets,
    explanations: plan.targets.map((target) => renderReasons(target.reasons, 'pt-BR')),
    analysis: summarize(profile, rows),
    messages: MESSAGES['pt-BR'],
  };
}

/** Every cell of a sheet as value, format and note, keyed by address. */
function cellsOf(worksheet: Worksheet): Map<string, unknown> {
  const cells = new Map<string, unknown>();
  worksheet.eachRow((row) => {
    row.eachCell((cell) => {
      cells.set(cell.address, [cell.value, cell.numFmt ?? null, noteOf(cell) ?? null]);
    });
  });
  return cells;
}

describe('a workbook streamed to disk (large reports)', () => {
  it.each(['CloudAscent - Azure propensity.csv', 'CloudAscent - M365 Copilot propensity.csv'])(
    'holds the same cells, formats and notes as one built in memory: %s',
    async (file) => {
      const input = workbookInput(file);
      const inMemory = join(dir, 'memory.xlsx');
      const streamed = join(dir, 'streamed.xlsx');
      expect(await writeWorkbook(inMemory, input)).toEqual({
        reportIsTable: true,
        streamed: false,
      });
      expect(await writeWorkbook(streamed, input, 0)).toEqual({
        reportIsTable: false,
        streamed: true,
      });

      const expected = await openWorkbook(inMemory);
      const actual = await openWorkbook(streamed);
      for (const name of ['Targets', 'Report', 'Summary']) {
        expect(cellsOf(sheet(actual, name))).toEqual(cellsOf(sheet(expected, name)));
      }
      const width = columnLetters(input.header.length);
      expect(sheet(actual, 'Report').autoFilter).toBe(`A1:${width}1`);
    },
  );
});
