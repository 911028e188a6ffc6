import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sampleText } from '../../scripts/samples/generate';
import { SAMPLES } from '../../scripts/samples/specs';

const SAMPLES_DIR = join(__dirname, '..', '..', 'samples');

function sampleFile(name: string): string {
  return readFileSync(join(SAMPLES_DIR, name), 'utf8');
}

describe('bundled samples', () => {
  it('are exactly the files the generator lists, and nothing else', () => {
    const onDisk = readdirSync(SAMPLES_DIR).sort();
    expect(onDisk).toEqual(SAMPLES.map((spec) => spec.file).sort());
  });

  it.each(SAMPLES.map((spec) => [spec.file, spec] as const))(
    'regenerating %s gives the committed file byte for byte',
    (_name, spec) => {
      expect(sampleText(spec)).toBe(sampleFile(spec.file));
    },
  );

  it('stay small enough to commit (under 2 MB together)', () => {
    const total = SAMPLES.reduce(
      (sum, spec) => sum + statSync(join(SAMPLES_DIR, spec.file)).size,
      0,
    );
    expect(total).toBeLessThan(2 * 1024 * 1024);
  });

  it('include a semicolon file with a byte order mark, as Brazilian Excel saves it', () => {
    const brazilian = SAMPLES.filter((spec) => spec.bom && spec.csv.delimiter === ';');
    expect(brazilian).toHaveLength(1);
    const text = sampleFile(brazilian[0]?.file ?? '');
    expect(text.startsWith('\uFEFFMPNID;')).toBe(true);
    expect(text).toMatch(/;\d{2}\/\d{2}\/20\d\d;/);
    expect(text).toMatch(/;\d{1,3}(\.\d{3})*,\d{2};/);
  });

  it('include a file with a title line above the header', () => {
    const titled = SAMPLES.filter((spec) => spec.titleLine !== undefined);
    expect(titled).toHaveLength(1);
    const [first, second] = sampleFile(titled[0]?.file ?? '').split('\r\n');
    expect(first).toBe(titled[0]?.titleLine);
    expect(second?.startsWith('MPN ID,Partner Name,Customer ID')).toBe(true);
  });

  it('keep identifiers as text: leading zeros, 9-digit DUNS and 16+ digit IDs', () => {
    const all = SAMPLES.map((spec) => sampleFile(spec.file)).join('');
    expect(all).toMatch(/,00\d{7},/);
    expect(all).toMatch(/,0\d{4},/);
    expect(all).toMatch(/,0\d{4}-\d{3},/);
    expect(all).toMatch(/,\d{16,18},/);
  });

  it('include quoted fields with commas, doubled quotes and one line break', () => {
    const all = SAMPLES.map((spec) => sampleFile(spec.file)).join('');
    expect(all).toMatch(/,"Silva, Souza & Cia\. [^"]+",/);
    expect(all).toMatch(/,"[^",]+ ""[^"]+"" [^"]+",/);
    expect(all.match(/"Azure [A-Za-z ]+\nAzure [A-Za-z ]+"/g)).toHaveLength(1);
  });

  it.each([
    ['azure', 'Azure Revenue Potential', /,\d+,/],
    ['m365', 'M365 Revenue Potential', /,\$10K-\$50K,/],
    ['d365', 'D365 Revenue Potential', /,> \$100K,/],
    ['surface', 'Surface Revenue Potential', /,"\$\d{1,3}(,\d{3})+",/],
    ['security', 'Security Revenue Potential', /,\d+\.\d\d,/],
    ['renewals', 'Renewal Revenue Potential', /,< \$10K,/],
  ])('have a newer %s file with a revenue potential column (%s)', (_type, header, shape) => {
    const spec = SAMPLES.find((candidate) =>
      candidate.columns.some((column) => column.header === header),
    );
    expect(spec).toBeDefined();
    expect(sampleFile(spec?.file ?? '')).toMatch(shape);
  });
});
