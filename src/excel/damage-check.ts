// Finds identifier columns Excel already changed when it opened the CSV itself: numbers where
// the report has codes, scientific notation, DUNS numbers and US ZIP codes that lost their
// leading zeros, IDs past 15 digits whose last digits became zeros. The add-in cannot undo that
// (the digits are gone); it says so, so the user can open the file again with Open report file….
//
// The sample rows every inspect reads already show whether a column is damaged; only then is
// that column read in full, to count.

import type { ColumnKind, Problem } from '../core/types';
import { coreText } from './cell-text';
import type { SheetFacts } from './locate-report';
import { readColumns } from './read-columns';
import type { ReportData } from './report-data';
import type { DamagedColumn } from './types';
import type { WorkControl } from './work-control';

type Checked = 'customerId' | 'tpid' | 'duns' | 'postalCode' | 'agreementId';

const CHECKED: ReadonlySet<ColumnKind> = new Set<ColumnKind>([
  'customerId',
  'tpid',
  'duns',
  'postalCode',
  'agreementId',
]);

/** A DUNS number has 9 digits; a US ZIP code 5. */
const DUNS_DIGITS = 9;
const ZIP_DIGITS = 5;
/** From 10^15 on, Excel has already zeroed the digits past the 15th. */
const FIFTEEN_DIGITS = 1e15;
const SCIENTIFIC = /^[+-]?\d+(\.\d+)?E[+-]?\d+$/i;
const DIGITS = /^\d+$/;
const US = /^(us|usa|u\.s\.a?\.?|united states( of america)?|estados unidos)$/i;

export type Damage = 'changed' | 'lost' | undefined;

/**
 * What Excel did to one identifier cell: `lost` when leading zeros or digits are certainly
 * gone, `changed` when it holds a number instead of text, undefined when it looks intact.
 * `us` says whether the row's country is the United States (undefined: not known).
 */
export function cellDamage(kind: Checked, value: unknown, us?: boolean): Damage {
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || Math.abs(value) >= FIFTEEN_DIGITS) return 'lost';
    return shortCode(kind, String(Math.abs(value)), us) ? 'lost' : 'changed';
  }
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (SCIENTIFIC.test(text)) return 'lost';
  return DIGITS.test(text) && shortCode(kind, text, us) ? 'lost' : undefined;
}

/** Digits of a DUNS number or US ZIP code that are fewer than the code always has. */
function shortCode(kind: Checked, digits: string, us: boolean | undefined): boolean {
  if (kind === 'duns') return digits.length < DUNS_DIGITS;
  if (kind === 'postalCode') return us === true && digits.length < ZIP_DIGITS;
  return false;
}

interface Candidate {
  index: number;
  header: string;
  kind: Checked;
}

export async function checkDamage(
  context: Excel.RequestContext,
  facts: SheetFacts,
  data: ReportData,
  work: WorkControl,
): Promise<DamagedColumn[]> {
  const { block, profile } = data;
  const used = facts.used;
  if (used === undefined) return [];
  const country = profile.columns.find((column) => column.kind === 'country')?.index;
  const offset = block.left - used.left;
  const sample = facts.topValues
    .slice(block.headerRow - used.top + 1)
    .map((row) => row.slice(offset, offset + block.width));

  const fromSample: CellAt = (r, c) => sample[r]?.[c];
  const suspects = profile.columns
    .filter((column) => column.kind !== undefined && CHECKED.has(column.kind))
    .map((column) => ({ index: column.index, header: column.header, kind: column.kind as Checked }))
    .filter((column) => countDamage(column, sample.length, fromSample, country).count > 0);
  if (suspects.length === 0) return [];

  const columns = [...suspects.map((c) => c.index), ...(country === undefined ? [] : [country])];
  const read = await readColumns(
    context,
    facts.sheet,
    {
      top: block.headerRow + 1,
      rowCount: block.rowCount,
      values: columns.map((c) => block.left + c),
      texts: [],
    },
    work,
  );
  const fromSheet: CellAt = (r, c) => read.values.get(block.left + c)?.[r];
  return suspects
    .map((column) => ({
      header: column.header,
      kind: column.kind,
      ...countDamage(column, block.rowCount, fromSheet, country),
    }))
    .filter((column) => column.count > 0);
}

/** A cell by data row and report column. */
type CellAt = (row: number, column: number) => unknown;

function countDamage(
  column: Candidate,
  rowCount: number,
  cellAt: CellAt,
  country: number | undefined,
): { count: number; lost: number } {
  let count = 0;
  let lost = 0;
  for (let r = 0; r < rowCount; r++) {
    const us = country === undefined ? undefined : US.test(coreText(cellAt(r, country)).trim());
    const damage = cellDamage(column.kind, cellAt(r, column.index), us);
    if (damage !== undefined) count += 1;
    if (damage === 'lost') lost += 1;
  }
  return { count, lost };
}

/** The warnings the pane and the ribbon show for damaged columns. */
export function damageProblems(columns: readonly DamagedColumn[]): Problem[] {
  return columns.map((column) => ({
    code: column.lost > 0 ? 'identifiers-damaged' : 'identifiers-as-numbers',
    params: { header: column.header, count: column.count, lost: column.lost },
  }));
}
