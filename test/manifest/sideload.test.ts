// `npm start` / `npm stop` per platform, seen through the sideload script's dry run, which
// prints each step and changes nothing (no registry, no file copy, no dev server).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const MANIFEST = join(ROOT, 'manifest.xml');
const ADDIN_ID = /<Id>([^<]+)<\/Id>/.exec(readFileSync(MANIFEST, 'utf8'))?.[1] ?? 'missing';
const DEVELOPER_KEY = 'HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer';
const MAC_COPY = join(
  homedir(),
  'Library/Containers/com.microsoft.Excel/Data/Documents/wef',
  `${ADDIN_ID}.manifest.xml`,
);

function sideload(...args: string[]) {
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/sideload.mjs'), ...args], {
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('sideload script (dry run)', () => {
  it.each([
    ['win32', 'start', `reg add ${DEVELOPER_KEY} /v ${ADDIN_ID} /t REG_SZ /d ${MANIFEST} /f`],
    ['win32', 'stop', `reg delete ${DEVELOPER_KEY} /v ${ADDIN_ID} /f`],
    ['darwin', 'start', `copy ${MANIFEST} to ${MAC_COPY}`],
    ['darwin', 'stop', `remove ${MAC_COPY}`],
  ])('on %s, %s changes the registration the documented way', (platform, command, step) => {
    const run = sideload(command, '--dry-run', `--platform=${platform}`);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`[dry run] ${step}\n`);
  });

  it.each(['win32', 'darwin', 'linux'])('on %s, start then runs the dev server', (platform) => {
    const run = sideload('start', '--dry-run', `--platform=${platform}`);
    expect(run.stdout.trim().split('\n').at(-1)).toBe(
      '[dry run] start the dev server: webpack serve --mode development',
    );
  });

  it('on Linux, explains that desktop Excel is missing and how to upload to Excel on the web', () => {
    const run = sideload('start', '--dry-run', '--platform=linux');
    expect(run.stdout).toContain('Desktop Excel is not available');
    expect(run.stdout).toContain('Upload My Add-in');
    expect(run.stdout).toContain(MANIFEST);
    expect(run.stdout).not.toContain('reg ');
  });

  it('refuses an unknown command and a pretend platform outside a dry run', () => {
    expect(sideload('install').status).toBe(1);
    const pretend = sideload('stop', '--platform=win32');
    expect(pretend.status).toBe(1);
    expect(pretend.stderr).toContain('--platform is only allowed with --dry-run');
  });
});
