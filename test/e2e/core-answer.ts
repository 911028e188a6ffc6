// Core's own answer for a sample report, computed in the test process from the file: what the
// grid must show after each step. The workbench loads the same file as text cells, so core reads
// the same strings here as the adapter reads from the sheet.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText } from '../../src/core/decode-text';
import { detectReport } from '../../src/core/detect-report';
import { planTargets } from '../../src/core/plan-targets';
import { readCsv } from '../../src/core/read-csv';
import type { ReportProfile, TargetCriteria, TargetPlan } from '../../src/core/types';

export const SAMPLES_DIR = join(__dirname, '..', '..', 'samples');

export interface SampleReport {
  fileName: string;
  header: string[];
  rows: string[][];
  profile: ReportProfile;
}

export function readSampleReport(fileName: string): SampleReport {
  const read = readCsv(decodeText(readFileSync(join(SAMPLES_DIR, fileName))));
  if (!read.ok) throw new Error(`${fileName}: ${read.error.code}`);
  const { header, rows } = read.value;
  const profile = detectReport(header, { nameHint: fileName, sampleRows: rows.slice(0, 50) });
  return { fileName, header, rows, profile };
}

export function planFor(sample: SampleReport, criteria?: TargetCriteria): TargetPlan {
  return planTargets(sample.profile, sample.rows, criteria);
}

/** The sample's rows as the grid shows them: every header column, blanks for missing cells. */
export function fileRows(sample: SampleReport): string[][] {
  return sample.rows.map((row) => sample.header.map((_, c) => row[c] ?? ''));
}

/**
 * The first solution play, in sheet order, that still targets at least `least` accounts of the
 * default clusters with recent buyers only: the step then shows a real, shorter list.
 */
export function cohortToChoose(sample: SampleReport, least: number): string {
  const cohorts = sample.profile.columns.filter((column) => column.role === 'cohort');
  const found = cohorts.find(
    (column) =>
      planFor(sample, { cohorts: [column.header], recentOnly: true }).targets.length >= least,
  );
  if (found === undefined) throw new Error(`${sample.fileName}: no play targets ${least}`);
  return found.header;
}
