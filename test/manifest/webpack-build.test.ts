// The production build as Office will load it: both pages exist, carry the Content-Security-
// Policy before any script, load no remote script but Office.js (and that one first), and the
// manifest is rewritten to the published address. Builds in-process into a temporary folder.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import webpack, { type Configuration, type Stats } from 'webpack';

type ConfigFactory = (
  env: Record<string, unknown>,
  argv: { mode: 'production' | 'development' },
) => Promise<Configuration>;

const ROOT = join(__dirname, '..', '..');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const PUBLISHED = 'https://addin.example.test/propensity';
const PAGES = ['taskpane.html', 'commands.html'];

let outputDir: string;

async function loadConfig(addinUrl: string | undefined): Promise<Configuration> {
  const factory = ((await import(join(ROOT, 'webpack.config.js'))) as { default: ConfigFactory })
    .default;
  const saved = process.env.ADDIN_URL;
  try {
    if (addinUrl === undefined) delete process.env.ADDIN_URL;
    else process.env.ADDIN_URL = addinUrl;
    return await factory({}, { mode: 'production' });
  } finally {
    if (saved === undefined) delete process.env.ADDIN_URL;
    else process.env.ADDIN_URL = saved;
  }
}

function build(config: Configuration): Promise<Stats> {
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error || !stats) reject(error ?? new Error('webpack returned no stats'));
      else if (stats.hasErrors()) reject(new Error(stats.toString('errors-only')));
      else resolve(stats);
    });
  });
}

function page(name: string): string {
  return readFileSync(join(outputDir, name), 'utf8');
}

function scriptSources(html: string): string[] {
  return Array.from(html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/g), (match) => match[1]);
}

/** The policy's directives as name → sources, from the page's CSP meta tag. */
function contentSecurityPolicy(html: string): Map<string, string[]> {
  const meta = /<meta http-equiv=["']?Content-Security-Policy["']? content="([^"]+)"/.exec(html);
  if (!meta) throw new Error('no Content-Security-Policy meta tag');
  return new Map(
    meta[1].split(';').map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

beforeAll(async () => {
  outputDir = mkdtempSync(join(tmpdir(), 'addin-build-'));
  const config = await loadConfig(PUBLISHED);
  await build({ ...config, output: { ...config.output, path: outputDir } });
}, 90_000);

afterAll(() => {
  if (outputDir) rmSync(outputDir, { recursive: true, force: true });
});

describe('production build', () => {
  it.each(PAGES)(
    'writes %s with a policy that allows only Office.js as a remote script',
    (name) => {
      const csp = contentSecurityPolicy(page(name));
      expect(csp.get('script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
      expect(csp.get('connect-src')).toEqual(["'self'"]);
      expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
      expect(csp.get('default-src')).toEqual(["'self'"]);
    },
  );

  it.each(PAGES)('puts the policy in %s before any script, so it governs all of them', (name) => {
    const html = page(name);
    expect(html.search(/Content-Security-Policy/)).toBeLessThan(html.search(/<script/));
  });

  it.each(PAGES)('loads Office.js in %s first and every other script from the add-in', (name) => {
    const sources = scriptSources(page(name));
    expect(sources[0]).toBe(OFFICE_JS);
    for (const source of sources.slice(1)) {
      expect(source).not.toMatch(/^(https?:)?\/\//);
      expect(existsSync(join(outputDir, source))).toBe(true);
    }
  });

  it('bundles the task pane script and minifies it', () => {
    const bundles = scriptSources(page('taskpane.html')).slice(1);
    expect(bundles).toHaveLength(1);
    const code = readFileSync(join(outputDir, bundles[0]), 'utf8');
    expect(code.length / code.split('\n').length).toBeGreaterThan(1000);
  });

  it('copies the icons the manifest refers to', () => {
    const manifest = readFileSync(join(outputDir, 'manifest.xml'), 'utf8');
    const icons = Array.from(manifest.matchAll(/\/(assets\/[\w-]+\.png)"/g), (match) => match[1]);
    expect(icons.length).toBeGreaterThanOrEqual(14);
    for (const icon of icons) expect(existsSync(join(outputDir, icon))).toBe(true);
  });

  it('rewrites every localhost URL in the copied manifest to ADDIN_URL', () => {
    const manifest = readFileSync(join(outputDir, 'manifest.xml'), 'utf8');
    expect(manifest).not.toContain('https://localhost:3000/');
    expect(manifest).toContain(`DefaultValue="${PUBLISHED}/taskpane.html"`);
    expect(manifest).toContain(`DefaultValue="${PUBLISHED}/assets/icon-80.png"`);
  });

  it('keeps the rewritten manifest valid against the schemas', () => {
    const run = spawnSync(
      process.execPath,
      [join(ROOT, 'scripts/validate-manifest.mjs'), join(outputDir, 'manifest.xml')],
      { encoding: 'utf8' },
    );
    expect({ status: run.status, output: run.stdout + run.stderr }).toEqual({
      status: 0,
      output: expect.stringContaining('validates'),
    });
  });

  it('ships no workbench: no workbench page, no sample report, no in-memory Excel host', () => {
    const files = readdirSync(outputDir, { recursive: true }).map(String);
    expect(files.filter((file) => /workbench|samples|\.csv$/i.test(file))).toEqual([]);
    const scripts = files.filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const file of scripts) {
      // The host's default note author: a string no add-in code holds.
      expect(readFileSync(join(outputDir, file), 'utf8')).not.toContain('Excel Host');
    }
  });

  it('refuses an ADDIN_URL that is not https, before building anything', async () => {
    await expect(loadConfig('http://addin.example.test/')).rejects.toThrow(/https/);
  });
});
