import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The package's `bin` is the compiled lib/cli/main.js; this builds the same thing into a
// temporary folder with tsconfig.cli.json and runs it as a separate process.

const root = join(__dirname, '..', '..');
let outDir: string;
let main: string;

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'pn-bin-'));
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const build = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.cli.json', '--outDir', outDir], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(build.stdout + build.stderr).toBe('');
  main = join(outDir, 'cli', 'main.js');
}, 60_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function bin(...args: string[]) {
  return spawnSync(process.execPath, [main, ...args], {
    cwd: root,
    encoding: 'utf8',
    // The build lives outside the project; its imports resolve to the project's packages.
    env: { ...process.env, NODE_PATH: join(root, 'node_modules') },
  });
}

describe('the compiled propensity-navigator binary', () => {
  it('starts with a node shebang', () => {
    expect(readFileSync(main, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
  });

  it('analyses a sample and exits 0', () => {
    const run = bin('analyze', join('samples', 'CloudAscent - Security propensity.csv'), '--json');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ reportType: 'security', rows: 150 });
  });

  it('exits 3 with one line for a missing file', () => {
    const run = bin('analyze', 'missing.csv');
    expect(run.status).toBe(3);
    expect(run.stderr).toBe(
      'propensity-navigator: cannot read "missing.csv": no such file; check the path\n',
    );
  });

  it('exits 2 for wrong usage', () => {
    expect(bin('analyze', 'x.csv', '--bogus').status).toBe(2);
  });
});
