// One line of the `npm run demo` table: what `analyze` and `target` found in a report, the way a
// person scans it (the layout in words, the first account by name), from the same `main` the
// binary runs.

import { basename } from 'node:path';
import type { AnalyzeJson } from './run-analyze';
import type { TargetJson } from './run-target';
import { loadReport } from './load-report';
import { main } from './main';
import { MESSAGES } from './messages';

export const DEMO_HEADER = ['report', 'layout', 'rows', 'targeted', 'warnings', 'first account'];

export type DemoRow = { ok: true; value: string[] } | { ok: false; message: string };

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, {
    out: (text) => (out += text),
    err: (text) => (err += text),
  });
  return { code, out, err };
}

/** `Pinecrest Supply L.L.C. (000605273)`: the name a partner knows, then the ID they look up. */
async function accountOf(path: string, id: string): Promise<string> {
  const loaded = await loadReport(path, undefined, 'en');
  if (!loaded.ok) return id;
  const { identifierColumn, accountNameColumn } = loaded.value.profile;
  if (identifierColumn === undefined || accountNameColumn === undefined) return id;
  const row = loaded.value.read.rows.find((cells) => cells[identifierColumn] === id);
  const name = row?.[accountNameColumn] ?? '';
  return name === '' || name === id ? id : `${name} (${id})`;
}

/** Analyzes `path`, targets it into `out`, and gives the table row or the error lines. */
export async function demoRow(path: string, out: string): Promise<DemoRow> {
  const analyzed = await run(['analyze', path, '--json']);
  const targeted = await run(['target', path, '--out', out, '--json']);
  if (analyzed.code !== 0 || targeted.code !== 0) {
    return { ok: false, message: `${analyzed.err}${targeted.err}`.trimEnd() };
  }
  const report = JSON.parse(analyzed.out) as AnalyzeJson;
  const target = JSON.parse(targeted.out) as TargetJson;
  const first = target.order[0];
  return {
    ok: true,
    value: [
      basename(path, '.csv')
        .replace(/^CloudAscent - /, '')
        .replace(' propensity', ''),
      // The table is wide already: `newer layout`, without what the summary adds in brackets.
      MESSAGES.en.layoutName(report.layout).replace(/ \(.*\)$/, ''),
      String(report.rows),
      String(target.targeted),
      String(report.warnings.length),
      first === undefined ? '-' : await accountOf(path, first),
    ],
  };
}
