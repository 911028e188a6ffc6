// Runs the command line in this process, as the binary would, capturing what it writes.

import { main } from '../../src/cli/main';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(...argv: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    out: (text) => {
      stdout += text;
    },
    err: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

/** `--json` output: exactly one JSON object on stdout. */
export function jsonOf(run: CliRun): Record<string, unknown> {
  const text = run.stdout.trim();
  expect(text.split('\n')).toHaveLength(1);
  return JSON.parse(text) as Record<string, unknown>;
}
