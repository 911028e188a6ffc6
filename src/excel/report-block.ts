// Where the report sits on the sheet: its header row, first column, width and data rows. A sheet
// the add-in already targeted says so in its saved state; otherwise the header is searched in
// the first rows of the used block, and a table holding that header row bounds the report.

import { findHeaderRow, isBlankRow } from '../core/find-header-row';
import { AdapterError } from './adapter-error';
import { overlaps, type Rect, type SheetFacts, type TableInfo } from './locate-report';
import type { AppliedState } from './sheet-state';

export interface ReportBlock {
  /** 0-based sheet row of the header. */
  headerRow: number;
  /** 0-based sheet column of the report's first column. */
  left: number;
  /** Report columns, the add-in's helper columns not included. */
  width: number;
  /** Data rows below the header. */
  rowCount: number;
}

export interface LocatedBlock {
  block: ReportBlock;
  /** Non-blank rows above the header (title lines). */
  titleRows: number;
}

/** The block as a rectangle, header row included. */
export function blockRect(block: ReportBlock): Rect {
  return {
    top: block.headerRow,
    left: block.left,
    rows: block.rowCount + 1,
    columns: block.width,
  };
}

/** The table whose header row is the report's header row, if any. */
export function reportTable(facts: SheetFacts, block: ReportBlock): TableInfo | undefined {
  return facts.tables.find(
    (info) => info.rect.top === block.headerRow && overlaps(info.rect, blockRect(block)),
  );
}

export function locateBlock(facts: SheetFacts, state: AppliedState | undefined): LocatedBlock {
  const used = facts.used;
  if (used === undefined) throw new AdapterError('empty-sheet', 'excel.error.emptySheet');
  if (state !== undefined) {
    const { headerRow, left, width, rowCount } = state;
    return { block: { headerRow, left, width, rowCount }, titleRows: 0 };
  }

  const found = findHeaderRow(facts.topTexts);
  if (found === undefined) throw new AdapterError('no-header', 'excel.error.noHeader');
  const headerRow = used.top + found;
  const titleRows = facts.topTexts.slice(0, found).filter((row) => !isBlankRow(row)).length;

  const region = facts.region ?? used;
  let block: ReportBlock = {
    headerRow,
    left: region.left,
    width: region.columns,
    rowCount: region.top + region.rows - 1 - headerRow,
  };
  const table = reportTable(facts, block);
  if (table !== undefined) {
    block = {
      headerRow,
      left: table.rect.left,
      width: table.rect.columns,
      rowCount: table.rect.rows - 1,
    };
  } else {
    const misplaced = facts.tables.find((info) => overlaps(info.rect, blockRect(block)));
    if (misplaced !== undefined) {
      throw new AdapterError('table-mismatch', 'excel.error.tableMismatch', {
        table: misplaced.name,
      });
    }
  }
  if (block.rowCount <= 0) throw new AdapterError('no-rows', 'excel.error.noRows');

  const mergedHeader = facts.topMerges?.some((merge) =>
    overlaps(merge, { top: headerRow, left: block.left, rows: 1, columns: block.width }),
  );
  if (mergedHeader === true) throw new AdapterError('merged-header', 'excel.error.mergedHeader');
  return { block, titleRows };
}
