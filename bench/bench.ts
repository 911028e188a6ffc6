// `npm run bench`: how much slower analyze and target are than papaparse's plain parse of the
// same 200,000-row FY24 Azure report, measured in one process. Each operation starts from the
// decoded text, runs three times interleaved with the others (so that a slow moment of the
// machine hits all three alike), and is reported by its median. Not a test: the figures go in
// the README. Goals: analyze ≤ 1.5× and target ≤ 2× the plain parse.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { writeLargeFile } from '../scripts/generate-samples';
import { decodeText, detectReport, planTargets, readCsv, summarize } from '../src/core';
import { formatTable } from '../src/cli/text-table';
import { renderReasons } from '../src/i18n';
import { measure, median, megabytes, type Sample } from './measure';

const ROWS = 200_000;
const RUNS = 3;
const FILE = join(__dirname, 'data', 'azure-200k.csv');
const NAME_HINT = 'CloudAscent - Azure propensity (FY24).csv';
const GOALS = { analyze: 1.5, target: 2 };

function read(text: string) {
  const result = readCsv(text);
  if (!result.ok) throw new Error(`the benchmark file cannot be read: ${result.error.code}`);
  const { header, rows } = result.value;
  const profile = detectReport(header, { nameHint: NAME_HINT, sampleRows: rows.slice(0, 50) });
  return { rows, profile };
}

const operations: Record<'parse' | 'analyze' | 'target', (text: string) => unknown> = {
  parse: (text) => Papa.parse(text).data.length,
  analyze: (text) => {
    const { rows, profile } = read(text);
    return summarize(profile, rows);
  },
  target: (text) => {
    const { rows, profile } = read(text);
    const plan = planTargets(profile, rows);
    return plan.targets.map((target) => renderReasons(target.reasons, 'en'));
  },
};

type Name = keyof typeof operations;

function report(samples: Record<Name, Sample[]>): void {
  const rows: string[][] = [['operation', 'median', 'rows/s', 'peak RSS', 'peak heap', 'vs parse']];
  const parse = median(samples.parse.map((sample) => sample.ms));
  for (const name of Object.keys(operations) as Name[]) {
    const ms = median(samples[name].map((sample) => sample.ms));
    const ratio = ms / parse;
    const goal =
      name === 'parse'
        ? ''
        : ` (goal ≤ ${GOALS[name]}×: ${ratio <= GOALS[name] ? 'met' : 'missed'})`;
    rows.push([
      name,
      `${Math.round(ms)} ms`,
      Math.round((ROWS / ms) * 1000).toLocaleString('en-US'),
      megabytes(Math.max(...samples[name].map((sample) => sample.rssBytes))),
      megabytes(Math.max(...samples[name].map((sample) => sample.heapBytes))),
      `${ratio.toFixed(2)}×${goal}`,
    ]);
  }
  process.stdout.write(formatTable(rows));
}

async function main(): Promise<void> {
  if (!existsSync(FILE)) {
    process.stdout.write(`generating ${FILE} (${ROWS} rows)...\n`);
    await writeLargeFile(ROWS, FILE);
  }
  const text = decodeText(readFileSync(FILE));
  process.stdout.write(
    `${FILE}: ${megabytes(statSync(FILE).size)}, ${ROWS} rows; Node ${process.version}, ` +
      `median of ${RUNS} interleaved runs\n\n`,
  );

  const samples: Record<Name, Sample[]> = { parse: [], analyze: [], target: [] };
  let sink = 0;
  let targeted = 0;
  for (let run = 0; run < RUNS; run++) {
    for (const name of Object.keys(operations) as Name[]) {
      samples[name].push(
        measure(
          () => operations[name](text),
          (result) => {
            sink += result === undefined ? 0 : 1;
            if (name === 'target' && Array.isArray(result)) targeted = result.length;
          },
        ),
      );
    }
  }
  report(samples);
  process.stdout.write(`\ntarget: ${targeted.toLocaleString('en-US')} accounts targeted\n`);
  if (sink !== RUNS * 3) throw new Error('an operation returned nothing');
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
