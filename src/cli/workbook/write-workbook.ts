// Writes the targeted workbook: Targets, Report and Summary. Reports up to about a million
// cells are built in memory, which lets the Report sheet be a real Excel table; larger ones are
// streamed to disk row by row (ExcelJS needs about 300 bytes of memory per in-memory cell), and
// their Report sheet is a range with AutoFilter because the streaming writer cannot add tables.
//
// The file is written under a temporary name and renamed at the end, so an interrupted run
// never leaves a half-written workbook where the user expects a good one.

import { Workbook, stream, type Worksheet } from 'exceljs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { canBeTable, fillReportRange, fillReportTable } from './report-sheet';
import { fillSummarySheet } from './summary-sheet';
import { fillTargetsSheet } from './targets-sheet';
import { textColumns } from './text-columns';
import type { GridShape, WorkbookInput } from './workbook-input';

/** Above this many report cells the workbook is streamed instead of built in memory. */
export const IN_MEMORY_CELL_LIMIT = 1_000_000;
/** Data rows an Excel sheet holds below its header row. */
export const EXCEL_MAX_DATA_ROWS = 1_048_575;

export interface WorkbookResult {
  /** The Report sheet is an Excel table (otherwise a plain range with AutoFilter). */
  reportIsTable: boolean;
  streamed: boolean;
}

const FROZEN_HEADER = { views: [{ state: 'frozen' as const, ySplit: 1 }] };

function gridShape(input: WorkbookInput): GridShape {
  let width = input.header.length;
  for (const row of input.rows) if (row.length > width) width = row.length;
  const { profile } = input;
  return {
    width,
    textColumns: textColumns(profile, width),
    noteColumn: profile.accountNameColumn ?? profile.identifierColumn ?? 0,
  };
}

async function writeInMemory(path: string, input: WorkbookInput, shape: GridShape) {
  const workbook = new Workbook();
  fillTargetsSheet(workbook.addWorksheet('Targets', FROZEN_HEADER), input, shape);
  const report = workbook.addWorksheet('Report', FROZEN_HEADER);
  const reportIsTable = canBeTable(input, shape);
  if (reportIsTable) fillReportTable(report, input, shape);
  else fillReportRange(report, input, shape);
  fillSummarySheet(workbook.addWorksheet('Summary'), input);

  await writeFile(path, new Uint8Array(await workbook.xlsx.writeBuffer()));
  return reportIsTable;
}

async function writeStreamed(path: string, input: WorkbookInput, shape: GridShape) {
  const workbook = new stream.xlsx.WorkbookWriter({
    filename: path,
    useStyles: true,
    useSharedStrings: true,
  });
  const sheet = (name: string, options = {}): Worksheet => workbook.addWorksheet(name, options);

  const targets = sheet('Targets', FROZEN_HEADER);
  fillTargetsSheet(targets, input, shape);
  targets.commit();
  const report = sheet('Report', FROZEN_HEADER);
  fillReportRange(report, input, shape);
  report.commit();
  const summary = sheet('Summary');
  fillSummarySheet(summary, input);
  summary.commit();
  await workbook.commit();
}

export async function writeWorkbook(
  path: string,
  input: WorkbookInput,
  inMemoryCellLimit = IN_MEMORY_CELL_LIMIT,
): Promise<WorkbookResult> {
  const shape = gridShape(input);
  const temporary = `${path}.${process.pid}.tmp`;
  const streamed = (input.rows.length + 1) * shape.width > inMemoryCellLimit;
  try {
    let reportIsTable = false;
    if (streamed) await writeStreamed(temporary, input, shape);
    else reportIsTable = await writeInMemory(temporary, input, shape);
    await rename(temporary, path);
    return { reportIsTable, streamed };
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
