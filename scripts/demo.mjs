// `npm run demo`: runs the built command line's `target` on every bundled sample, writes one
// workbook per report to demo-output/, and prints what it found. It calls the same `main` the
// `propensity-navigator` binary runs, in this process, to avoid starting Node 38 times.

import { mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { DEMO_HEADER, demoRow } = require(join(root, 'lib', 'cli', 'demo-table.js'));
const { formatTable } = require(join(root, 'lib', 'cli', 'text-table.js'));

const samplesDir = join(root, 'samples');
const outDir = join(root, 'demo-output');
mkdirSync(outDir, { recursive: true });

const table = [DEMO_HEADER];
let failures = 0;

for (const file of readdirSync(samplesDir)
  .filter((name) => name.endsWith('.csv'))
  .sort()) {
  const out = join(outDir, `${basename(file, '.csv')}.xlsx`);
  const row = await demoRow(join(samplesDir, file), out);
  if (row.ok) table.push(row.value);
  else {
    failures++;
    process.stderr.write(`${file}: ${row.message}\n`);
  }
}

process.stdout.write(formatTable(table));
process.stdout.write(`\nWorkbooks: ${outDir}\n`);
process.exitCode = failures === 0 ? 0 : 1;
