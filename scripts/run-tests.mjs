// The one test command (`npm test`): static checks, then every jest project. Each static check
// counts as one test so that the closing line accounts for the whole run.
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
const jestOut = join(resultsDir, 'jest.json');
rmSync(jestOut, { force: true });
console.log('\n> jest');
const jest = spawnSync('npx', ['jest', '--json', `--outputFile=${jestOut}`], { stdio: 'inherit' });
try {
  const report = JSON.parse(readFileSync(jestOut, 'utf8'));
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
  console.log('jest wrote no results');
}
if (jest.status !== 0 && failed === 0) failed += 1;

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

/** Checks that exist once their part of the project does (manifest, browser tests). */
function extraChecks() {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const optional = ['validate:manifest', 'build', 'test:e2e'];
  return optional
    .filter((script) => pkg.scripts?.[script])
    .map((script) => [script, 'npm', ['run', '--silent', script]]);
}
