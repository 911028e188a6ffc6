// Sideloads the development add-in into desktop Excel (`npm start`) and removes it again
// (`npm stop`), the way Office documents for developers:
// - Windows: the manifest's path is registered under the Office developer registry key;
// - macOS: the manifest is copied into Excel's `wef` folder;
// - elsewhere there is no desktop Excel, so it explains how to use Excel on the web instead.
// `start` then runs the dev server (https://localhost:3000) in the foreground.
//
// Usage: node scripts/sideload.mjs start|stop [--dry-run] [--platform=win32|darwin|linux]
// --dry-run prints what would be done and changes nothing; --platform only makes sense with it.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = join(root, 'manifest.xml');
const DEVELOPER_KEY = 'HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer';
const MAC_WEF_DIR = join(homedir(), 'Library/Containers/com.microsoft.Excel/Data/Documents/wef');

const args = process.argv.slice(2);
const command = args.find((arg) => !arg.startsWith('--'));
const dryRun = args.includes('--dry-run');
const platformArg = args.find((arg) => arg.startsWith('--platform='));
const platform = platformArg ? platformArg.slice('--platform='.length) : process.platform;

if (command !== 'start' && command !== 'stop') {
  fail('usage: node scripts/sideload.mjs start|stop [--dry-run] [--platform=<name>]');
}
if (platformArg && !dryRun) fail('--platform is only allowed with --dry-run.');

const addinId = readAddinId();
const { steps, next } = command === 'start' ? registerSteps(platform) : unregisterSteps(platform);

for (const step of steps) {
  console.log(dryRun ? `[dry run] ${step.say}` : step.say);
  if (!dryRun) step.run?.();
}
if (next) console.log(dryRun ? `[dry run] then: ${next}` : next);
if (command === 'start') {
  if (dryRun) console.log('[dry run] start the dev server: webpack serve --mode development');
  else startDevServer();
}

/**
 * The steps that make desktop Excel load the add-in from the dev server, and what the user
 * does next.
 */
function registerSteps(os) {
  const openExcel =
    'Start Excel (restart it if it is open): the Propensity group appears on the Home tab; if ' +
    'it does not, add the add-in from Home > Add-ins > More Add-ins, under Developer Add-ins.';
  if (os === 'win32') {
    const regArgs = ['add', DEVELOPER_KEY, '/v', addinId, '/t', 'REG_SZ', '/d', manifest, '/f'];
    return {
      steps: [{ say: `reg ${regArgs.join(' ')}`, run: () => runOrFail('reg', regArgs) }],
      next: openExcel,
    };
  }
  if (os === 'darwin') {
    const target = join(MAC_WEF_DIR, `${addinId}.manifest.xml`);
    const copy = () => {
      mkdirSync(MAC_WEF_DIR, { recursive: true });
      copyFileSync(manifest, target);
    };
    return { steps: [{ say: `copy ${manifest} to ${target}`, run: copy }], next: openExcel };
  }
  return {
    steps: [],
    next:
      'Desktop Excel is not available on this system. To try the add-in in Excel on the web, ' +
      'keep the dev server below running, open a workbook in Excel on the web in a browser on ' +
      'this computer, choose Home > Add-ins > More Add-ins > Upload My Add-in and upload ' +
      `${manifest}. The browser must trust the localhost certificate the dev server creates.`,
  };
}

/** The steps that undo `registerSteps`; removing what is already gone is not an error. */
function unregisterSteps(os) {
  if (os === 'win32') {
    const regArgs = ['delete', DEVELOPER_KEY, '/v', addinId, '/f'];
    const remove = () => {
      const run = spawnSync('reg', regArgs, { encoding: 'utf8' });
      console.log(run.status === 0 ? 'Unregistered.' : 'The add-in was not registered.');
    };
    return { steps: [{ say: `reg ${regArgs.join(' ')}`, run: remove }] };
  }
  if (os === 'darwin') {
    const target = join(MAC_WEF_DIR, `${addinId}.manifest.xml`);
    const remove = () => {
      const present = existsSync(target);
      rmSync(target, { force: true });
      console.log(present ? 'Removed.' : 'The add-in was not sideloaded.');
    };
    return { steps: [{ say: `remove ${target}`, run: remove }] };
  }
  return { steps: [], next: 'Nothing was registered on this system, so there is nothing to undo.' };
}

function readAddinId() {
  const id = /<Id>\s*([^<\s]+)\s*<\/Id>/.exec(readFileSync(manifest, 'utf8'))?.[1];
  if (!id) fail(`manifest.xml has no <Id>: ${manifest}`);
  return id;
}

function runOrFail(program, programArgs) {
  const run = spawnSync(program, programArgs, { stdio: 'inherit' });
  if (run.error) fail(`${program} could not run: ${run.error.message}`);
  if (run.status !== 0) fail(`${program} failed with exit code ${run.status}.`);
}

function startDevServer() {
  const webpackCli = createRequire(import.meta.url).resolve('webpack-cli/bin/cli.js');
  const server = spawn(process.execPath, [webpackCli, 'serve', '--mode', 'development'], {
    cwd: root,
    stdio: 'inherit',
  });
  server.on('exit', (code) => process.exit(code ?? 0));
}

function fail(message) {
  console.error(`sideload: ${message}`);
  process.exit(1);
}
