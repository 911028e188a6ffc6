// `npm run samples` rewrites samples/ from the seeded specs; `npm run samples -- --rows 200000
// --out bench/data/azure-200k.csv` writes one large FY24 Azure file for the benchmark.

import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { once } from 'node:events';
import { sampleLines, sampleText } from './samples/generate';
import { largeAzureSpec, SAMPLES } from './samples/specs';

const SAMPLES_DIR = join(__dirname, '..', 'samples');

function writeSamples(): void {
  mkdirSync(SAMPLES_DIR, { recursive: true });
  for (const spec of SAMPLES) {
    writeFileSync(join(SAMPLES_DIR, spec.file), sampleText(spec), 'utf8');
    process.stdout.write(`${spec.file}: ${spec.rows} rows\n`);
  }
}

/** Streams the file in chunks of about 1 MB, waiting whenever the disk falls behind. */
export async function writeLargeFile(rows: number, out: string): Promise<void> {
  mkdirSync(dirname(out), { recursive: true });
  const stream = createWriteStream(out, { encoding: 'utf8' });
  let chunk = '';
  for (const line of sampleLines(largeAzureSpec(rows))) {
    chunk += line;
    if (chunk.length >= 1 << 20) {
      if (!stream.write(chunk)) await once(stream, 'drain');
      chunk = '';
    }
  }
  stream.end(chunk);
  await once(stream, 'finish');
}

function usage(): never {
  process.stderr.write('usage: npm run samples [-- --rows <count> --out <file.csv>]\n');
  process.exit(2);
}

async function main(argv: string[]): Promise<void> {
  if (argv.length === 0) {
    writeSamples();
    return;
  }
  const rowsAt = argv.indexOf('--rows');
  const outAt = argv.indexOf('--out');
  const rows = Number(argv[rowsAt + 1]);
  const out = argv[outAt + 1];
  if (rowsAt < 0 || outAt < 0 || argv.length !== 4 || !Number.isInteger(rows) || rows < 0 || !out) {
    usage();
  }
  await writeLargeFile(rows, out);
  process.stdout.write(`${out}: ${rows} rows\n`);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`samples: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
