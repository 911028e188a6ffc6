// `npm run demo`: runs the built command line's `target` on every bundled sample, writes one
// workbook per report to demo-output/, and prints what it found. It calls the same `main` the
// `propensity-navigator` binary runs, in this process, to avoid starting Node 38 times.

import { mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { main } = require(join(root, 'lib', 'cli', 'main.js'));

const samplesDir = join(root, 'samples');
const outDir = join(root, 'demo-output');
mkdirSync(outDir, { recursive: true });

/** Runs one command line; returns its exit code, stdout and stderr. */
async function run(argv) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (text) => (out += text), err: (text) => (err += text) });
  return { code, out, err };
}

const table = [['report', 'layout', 'rows', 'targeted', 'first account']];
let failures = 0;

for (const file of readdirSync(samplesDir)
  .filter((name) => name.endsWith('.csv'))
  .sort()) {
  const path = join(samplesDir, file);
  const out = join(outDir, `${basename(file, '.csv')}.xlsx`);
  const analyzed = await run(['analyze', path, '--json']);
  const targeted = await run(['target', path, '--out', out, '--json']);
  if (analyzed.code !== 0 || targeted.code !== 0) {
    failures++;
    process.stderr.write(`${file}: ${analyzed.err}${targeted.err}`);
    continue;
  }
  const report = JSON.parse(analyzed.out);
  const target = JSON.parse(targeted.out);
  table.push([
    basename(file, '.csv').replace(/^CloudAscent - /, ''),
    report.layout,
    String(report.rows),
    String(target.targeted),
    target.order[0] ?? '-',
  ]);
}

const widths = table[0].map((_, c) => Math.max(...table.map((row) => row[c].length)));
const line = (row) =>
  row
    .map((cell, c) => cell.padEnd(widths[c]))
    .join('  ')
    .trimEnd();
process.stdout.write(`${line(table[0])}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
for (const row of table.slice(1)) process.stdout.write(`${line(row)}\n`);
process.stdout.write(`\nWorkbooks: ${outDir}\n`);
process.exitCode = failures === 0 ? 0 : 1;
