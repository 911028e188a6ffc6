// Turns a sample spec into CSV text, line by line, so that large files can be streamed to disk
// without holding them in memory.

import { makeAccount } from './accounts';
import { planColumn, type FileContext } from './columns';
import { Prng } from './prng';
import type { SampleSpec } from './specs';
import { csvLine } from './write-csv';

const BOM = '\uFEFF';

/** The file's text in pieces: optional BOM and title line, the header, then one row at a time. */
export function* sampleLines(spec: SampleSpec): Generator<string> {
  const rng = new Prng(spec.seed);
  const file: FileContext = {
    style: spec.style,
    partnerId: spec.partner.id,
    partnerName: spec.partner.name,
    renewalYear: spec.renewalYear,
    multilineRow: spec.multilineRow,
  };
  const writers = spec.columns.map((column) => planColumn(column.header, column.role, file));

  let head = spec.bom ? BOM : '';
  if (spec.titleLine !== undefined) head += spec.titleLine + spec.csv.lineEnding;
  yield head + csvLine(
    spec.columns.map((column) => column.header),
    spec.csv,
  );

  for (let row = 0; row < spec.rows; row++) {
    const account = makeAccount(rng, spec.accounts);
    const context = { account, rng, row };
    yield csvLine(
      writers.map((write) => write(context)),
      spec.csv,
    );
  }
}

export function sampleText(spec: SampleSpec): string {
  let text = '';
  for (const line of sampleLines(spec)) text += line;
  return text;
}
