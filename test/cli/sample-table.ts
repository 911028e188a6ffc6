// An independent reading of a bundled sample, from its generator spec (delimiter, byte order
// mark, title line) and plain papaparse: the oracle that CLI output is compared with, so that a
// mistake in core's reader cannot hide a mistake in the workbook.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { SampleSpec } from '../../scripts/samples/specs';

export const SAMPLES_DIR = join(__dirname, '..', '..', 'samples');

export interface SampleTable {
  path: string;
  header: string[];
  rows: string[][];
}

export function readSample(spec: SampleSpec): SampleTable {
  const path = join(SAMPLES_DIR, spec.file);
  let text = readFileSync(path, 'utf8');
  if (spec.bom) text = text.slice(1);
  if (spec.titleLine !== undefined) text = text.slice(text.indexOf('\n') + 1);
  const parsed = Papa.parse<string[]>(text, {
    delimiter: spec.csv.delimiter,
    skipEmptyLines: true,
  });
  const [header, ...rows] = parsed.data;
  return { path, header: header ?? [], rows };
}

/** The report type and layout a sample's file name promises. */
export function expectedDetection(file: string): { reportType: string; layout: string } {
  const types: [RegExp, string][] = [
    [/Azure/, 'azure'],
    [/M365/, 'm365'],
    [/D365/, 'd365'],
    [/Agreement renewals/, 'renewals'],
    [/Surface/, 'surface'],
    [/Security/, 'security'],
  ];
  const reportType = types.find(([pattern]) => pattern.test(file))?.[1] ?? 'unknown';
  let layout = 'newer';
  if (file.includes('(2020')) layout = `${reportType}-2020-12`;
  if (file.includes('(2021')) layout = `${reportType}-2021-07`;
  if (file.includes('(FY24')) layout = `${reportType}-fy24`;
  return { reportType, layout };
}

/** Cluster labels as the samples write them (`ACT NOW`, `1 - Act Now`), read independently. */
export function clusterLabel(text: string): string {
  if (text.trim() === '') return '(blank)';
  const key = text
    .toLowerCase()
    .replace(/^\d+\s*-\s*/, '')
    .replace(/\s+/g, ' ');
  const names: Record<string, string> = {
    'act now': 'Act Now',
    evaluate: 'Evaluate',
    nurture: 'Nurture',
    educate: 'Educate',
  };
  return names[key] ?? '(other)';
}

export function isYes(text: string): boolean {
  return ['yes', 'y', 'true', '1', 'x'].includes(text.trim().toLowerCase());
}
