// Validates the add-in manifest offline against Microsoft's XML schemas with xmllint
// (`npm run validate:manifest [manifest]`). The schemas live in ../shared/schemas, beside the
// repository, so nothing is fetched: `--nonet` makes xmllint refuse any network access.
//
// Exit codes: 0 valid, 1 invalid, 2 could not validate (xmllint or the schemas missing).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const schemaDir = resolve(root, '..', 'shared', 'schemas', 'office-manifest');
const schema = join(schemaDir, 'OfficeAppManifestV1_1.xsd');
const manifest = resolve(process.argv[2] ?? join(root, 'manifest.xml'));

if (!existsSync(schema)) {
  fail(
    `The manifest schemas were not found at ${schemaDir}.\n` +
      'Clone the repository next to the shared folder (../shared/schemas/office-manifest).',
  );
}
if (!existsSync(manifest)) fail(`No manifest at ${manifest}.`);

const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, manifest], {
  encoding: 'utf8',
});
if (run.error?.code === 'ENOENT') {
  fail(
    'xmllint is not installed. Install it with: apt-get install libxml2-utils ' +
      '(macOS ships it; on Windows use WSL or validate with `npm run validate`).',
  );
}
if (run.error) fail(`xmllint could not run: ${run.error.message}`);

process.stdout.write(run.stdout);
process.stderr.write(run.stderr);
process.exit(run.status === 0 ? 0 : 1);

function fail(message) {
  console.error(`validate:manifest: ${message}`);
  process.exit(2);
}
