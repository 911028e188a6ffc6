// Everything the workbook is made from, computed before any sheet is written.

import type { Analysis, ReportProfile, TargetRow } from '../../core/types';
import type { CliMessages } from '../messages';

export interface WorkbookInput {
  header: readonly string[];
  rows: readonly (readonly string[])[];
  profile: ReportProfile;
  /** In output order. */
  targets: readonly TargetRow[];
  /** One line per target, same order. */
  explanations: readonly string[];
  analysis: Analysis;
  messages: CliMessages;
}

/** Facts about the grid that every sheet needs. */
export interface GridShape {
  /** Widest row, header included: ragged rows keep their extra cells. */
  width: number;
  /** Per column: write as Text (`@`) whatever the value. */
  textColumns: readonly boolean[];
  /** Column that gets the explanation note: account name, else identifier, else the first. */
  noteColumn: number;
}

export const HELPER_HEADERS = ['Priority', 'Segment', 'Why'] as const;
/** Explanations also appear as notes on the account names of this many first targets. */
export const NOTED_TARGETS = 100;
