/**
 * @jest-environment jsdom
 */
// The add-in manifest as Excel reads it: schema-valid, the four ribbon buttons wired to the
// right pages and functions, every string translated, every icon present at its size. It reads
// the repository's files only; no build output is needed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const MANIFEST_PATH = join(ROOT, 'manifest.xml');
const DEV_URL = 'https://localhost:3000/';

const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  overrides: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
};

const manifestText = readFileSync(MANIFEST_PATH, 'utf8');
const manifest = new DOMParser().parseFromString(manifestText, 'application/xml');

function all(ns: string, name: string, within: Element | Document = manifest): Element[] {
  return Array.from(within.getElementsByTagNameNS(ns, name));
}

function only(ns: string, name: string, within: Element | Document = manifest): Element {
  const found = all(ns, name, within);
  if (found.length !== 1) throw new Error(`expected one ${name}, found ${found.length}`);
  return found[0];
}

/** The one direct child with this name (descendants with the same name are ignored). */
function child(ns: string, name: string, parent: Element): Element {
  const found = Array.from(parent.children).filter(
    (element) => element.namespaceURI === ns && element.localName === name,
  );
  if (found.length !== 1) throw new Error(`expected one child ${name}, found ${found.length}`);
  return found[0];
}

function attr(element: Element, name: string): string {
  const value = element.getAttribute(name);
  if (value === null) throw new Error(`<${element.localName}> has no ${name}`);
  return value;
}

function xsiType(element: Element): string | null {
  return element.getAttributeNS(NS.xsi, 'type');
}

interface LocalisedString {
  en: string;
  ptBR: string | undefined;
}

function localised(element: Element, overrideNs: string): LocalisedString {
  const ptBR = all(overrideNs, 'Override', element).find(
    (override) => attr(override, 'Locale') === 'pt-BR',
  );
  return { en: attr(element, 'DefaultValue'), ptBR: ptBR?.getAttribute('Value') ?? undefined };
}

/** Resource id → resource element, for one resource kind (Image, Url, String). */
function resources(kind: 'Image' | 'Url' | 'String'): Map<string, Element> {
  const section = only(NS.overrides, 'Resources');
  return new Map(all(NS.bt, kind, section).map((element) => [attr(element, 'id'), element]));
}

function resource(kind: 'Image' | 'Url' | 'String', resid: string): Element {
  const element = resources(kind).get(resid);
  if (!element) throw new Error(`no ${kind} resource "${resid}"`);
  return element;
}

function text(resid: string): string {
  return attr(resource('String', resid), 'DefaultValue');
}

function ribbonGroup(): Element {
  const tab = only(NS.overrides, 'OfficeTab');
  expect(attr(tab, 'id')).toBe('TabHome');
  return only(NS.overrides, 'Group', tab);
}

function controls(): Element[] {
  return all(NS.overrides, 'Control', ribbonGroup());
}

/** Width and height from a PNG's IHDR chunk, which always directly follows the signature. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The repository file a development URL serves (webpack copies assets/ as is). */
function servedFile(url: string): string {
  expect(url.startsWith(DEV_URL)).toBe(true);
  return join(ROOT, url.slice(DEV_URL.length));
}

function runValidator(manifestPath: string) {
  const run = spawnSync(
    process.execPath,
    [join(ROOT, 'scripts/validate-manifest.mjs'), manifestPath],
    {
      encoding: 'utf8',
    },
  );
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('manifest schema validation (offline, xmllint)', () => {
  it('finds xmllint installed (Debian/Ubuntu: apt-get install libxml2-utils)', () => {
    const probe = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
    if (probe.error) {
      throw new Error('xmllint is missing: install it with `apt-get install libxml2-utils`.');
    }
    expect(probe.status).toBe(0);
  });

  it('accepts manifest.xml against the Office add-in manifest schemas', () => {
    expect(runValidator(MANIFEST_PATH)).toEqual({
      status: 0,
      output: expect.stringContaining('validates'),
    });
  });

  it('rejects a manifest that breaks the schema, naming the element', () => {
    const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
    try {
      const broken = join(dir, 'manifest.xml');
      writeFileSync(broken, manifestText.replace('>ReadWriteDocument<', '>EverythingPlease<'));
      const result = runValidator(broken);
      expect(result.status).toBe(1);
      expect(result.output).toContain('Permissions');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('what the manifest asks of Excel', () => {
  it('is a task pane add-in for Excel workbooks only', () => {
    expect(xsiType(manifest.documentElement)).toBe('TaskPaneApp');
    const hosts = all(NS.app, 'Host').filter((host) => host.namespaceURI === NS.app);
    expect(hosts.map((host) => attr(host, 'Name'))).toEqual(['Workbook']);
    const overrideHosts = all(NS.overrides, 'Host');
    expect(overrideHosts.map(xsiType)).toEqual(['Workbook']);
  });

  it('asks for ReadWriteDocument, the permission needed to filter, sort and write columns', () => {
    expect(only(NS.app, 'Permissions').textContent).toBe('ReadWriteDocument');
  });

  it('requires ExcelApi 1.12 and no other requirement set', () => {
    const sets = all(NS.app, 'Set').map((set) => [attr(set, 'Name'), attr(set, 'MinVersion')]);
    expect(sets).toEqual([['ExcelApi', '1.12']]);
  });

  it('uses no shared runtime, so the buttons run in their own function-file runtime', () => {
    expect(manifestText).not.toMatch(/SharedRuntime|<Runtimes/);
    const functionFile = only(NS.overrides, 'FunctionFile');
    expect(attr(resource('Url', attr(functionFile, 'resid')), 'DefaultValue')).toBe(
      `${DEV_URL}commands.html`,
    );
  });

  it('opens taskpane.html as the default page', () => {
    const defaultPage = only(NS.app, 'SourceLocation', only(NS.app, 'DefaultSettings'));
    expect(attr(defaultPage, 'DefaultValue')).toBe(`${DEV_URL}taskpane.html`);
  });

  it('points every URL at the development server over https', () => {
    const urls = Array.from(manifestText.matchAll(/(?:DefaultValue|Value)="(https?:[^"]*)"/g));
    expect(urls.length).toBeGreaterThan(10);
    for (const [, url] of urls) expect(url.startsWith(DEV_URL)).toBe(true);
  });
});

describe('ribbon', () => {
  it('adds a "Propensity" group to the Home tab', () => {
    expect(text(attr(child(NS.overrides, 'Label', ribbonGroup()), 'resid'))).toBe('Propensity');
  });

  it('has the buttons Navigator, Target now, Explain and Reset, wired to their actions', () => {
    const buttons = controls().map((control) => {
      expect(xsiType(control)).toBe('Button');
      const action = only(NS.overrides, 'Action', control);
      const target =
        xsiType(action) === 'ShowTaskpane'
          ? attr(
              resource('Url', attr(only(NS.overrides, 'SourceLocation', action), 'resid')),
              'DefaultValue',
            )
          : only(NS.overrides, 'FunctionName', action).textContent;
      const label = text(attr(child(NS.overrides, 'Label', control), 'resid'));
      return { label, action: xsiType(action), target };
    });

    expect(buttons).toEqual([
      { label: 'Navigator', action: 'ShowTaskpane', target: `${DEV_URL}taskpane.html` },
      { label: 'Target now', action: 'ExecuteFunction', target: 'targetNow' },
      { label: 'Explain', action: 'ExecuteFunction', target: 'explainTargets' },
      { label: 'Reset', action: 'ExecuteFunction', target: 'resetReport' },
    ]);
  });

  it('gives every button a tooltip', () => {
    for (const control of controls()) {
      const supertip = only(NS.overrides, 'Supertip', control);
      const description = only(NS.overrides, 'Description', supertip);
      expect(text(attr(description, 'resid')).length).toBeGreaterThan(20);
    }
  });
});

describe('Brazilian Portuguese', () => {
  it.each([
    ['DisplayName', 'Navegador de Propensão'],
    ['Description', 'sem alterar os dados baixados'],
  ])('translates the add-in %s', (element, portuguese) => {
    const { en, ptBR } = localised(only(NS.app, element), NS.app);
    expect(ptBR).toContain(portuguese);
    expect(ptBR).not.toBe(en);
  });

  it('translates every ribbon label, tooltip title and tooltip', () => {
    const referenced = new Set(
      ['Label', 'Title', 'Description']
        .flatMap((name) => all(NS.overrides, name, ribbonGroup()))
        .map((element) => attr(element, 'resid')),
    );
    expect(referenced.size).toBe(9); // the group label, and a label and tooltip per button

    for (const resid of referenced) {
      const { en, ptBR } = localised(resource('String', resid), NS.bt);
      expect({ resid, translated: Boolean(ptBR) && ptBR !== en }).toEqual({
        resid,
        translated: true,
      });
    }
  });
});

describe('icons', () => {
  it('draws the add-in icon at 16, 32, 64 and 80 px', () => {
    for (const size of [16, 32, 64, 80]) {
      expect(pngSize(join(ROOT, 'assets', `icon-${size}.png`))).toEqual({
        width: size,
        height: size,
      });
    }
  });

  it('uses a 32 px icon and a 64 px high-resolution icon for the add-in lists', () => {
    expect(pngSize(servedFile(attr(only(NS.app, 'IconUrl'), 'DefaultValue'))).width).toBe(32);
    const highResolution = attr(only(NS.app, 'HighResolutionIconUrl'), 'DefaultValue');
    expect(pngSize(servedFile(highResolution)).width).toBe(64);
  });

  it('gives the group and every button the required 16, 32 and 80 px images, at those sizes', () => {
    const iconLists = all(NS.overrides, 'Icon', ribbonGroup());
    expect(iconLists).toHaveLength(5);

    for (const list of iconLists) {
      const images = all(NS.bt, 'Image', list);
      expect(images.map((image) => attr(image, 'size'))).toEqual(['16', '32', '80']);
      for (const image of images) {
        const size = Number(attr(image, 'size'));
        const file = servedFile(attr(resource('Image', attr(image, 'resid')), 'DefaultValue'));
        expect(pngSize(file)).toEqual({ width: size, height: size });
      }
    }
  });

  it('matches what scripts/make-icons.mjs draws, byte for byte', () => {
    const dir = mkdtempSync(join(tmpdir(), 'icons-'));
    try {
      const run = spawnSync(process.execPath, [join(ROOT, 'scripts/make-icons.mjs'), dir], {
        encoding: 'utf8',
      });
      expect(run.status).toBe(0);
      const drawn = readdirSync(dir).sort();
      expect(drawn.length).toBe(16);
      for (const name of drawn) {
        expect({
          name,
          same: readFileSync(join(dir, name)).equals(readFileSync(join(ROOT, 'assets', name))),
        }).toEqual({ name, same: true });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
