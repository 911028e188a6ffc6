// The one test command (`npm test`): static checks, then every jest project, then the browser
// tests (`test:e2e`, jest too) when the project has them. Each static check counts as one test
// and each jest test as one, so that the closing line accounts for the whole run.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const checks = [
  ['lint', 'npx', ['eslint', '.']],
  ['format', 'npx', ['prettier', '--check', '.']],
  ['typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ...extraChecks(),
];

let passed = 0;
let failed = 0;

for (const [name, command, args] of checks) {
  console.log(`\n> ${name}: ${command} ${args.join(' ')}`);
  const run = spawnSync(command, args, { stdio: 'inherit' });
  if (run.status === 0) passed += 1;
  else {
    failed += 1;
    console.log(`check failed: ${name}`);
  }
}

const resultsDir = 'test-results';
mkdirSync(resultsDir, { recursive: true });
runJest('jest', 'npx', ['jest'], 'jest.json');
if (packageScripts()['test:e2e']) {
  runJest('test:e2e', 'npm', ['run', '--silent', 'test:e2e', '--'], 'e2e.json');
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

/** Runs jest with a JSON report and adds its tests to the counts; a run without one fails. */
function runJest(name, command, args, reportFile) {
  const out = join(resultsDir, reportFile);
  rmSync(out, { force: true });
  console.log(`\n> ${name}`);
  const run = spawnSync(command, [...args, '--json', `--outputFile=${out}`], { stdio: 'inherit' });
  const failedBefore = failed;
  try {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests + report.numRuntimeErrorTestSuites;
    if (report.numPendingTests > 0 || report.numTodoTests > 0) {
      console.log(
        `skipped or todo tests are not allowed: ${report.numPendingTests + report.numTodoTests}`,
      );
      failed += report.numPendingTests + report.numTodoTests;
    }
  } catch {
    failed += 1;
    console.log(`${name} wrote no results`);
  }
  if (run.status !== 0 && failed === failedBefore) failed += 1;
}

function packageScripts() {
  return JSON.parse(readFileSync('package.json', 'utf8')).scripts ?? {};
}

/** Checks that exist once their part of the project does (manifest, production build). */
function extraChecks() {
  const scripts = packageScripts();
  const optional = ['validate:manifest', 'build'];
  return optional
    .filter((script) => scripts[script])
    .map((script) => [script, 'npm', ['run', '--silent', script]]);
}
