// Inspect notices identifier columns Excel already turned into numbers when it opened the CSV,
// counts the changed cells per column (and those whose leading zeros or digits are gone), and
// tells the user to open the file again with Open report file….

import { detectReport } from '../../src/core/detect-report';
import { cellDamage, damageProblems } from '../../src/excel/damage-check';
import { formatProblem } from '../../src/i18n';
import { EN, loadSample, readSample } from './report-fixtures';

describe('what Excel did to one identifier cell', () => {
  it.each([
    ['customerId', 1739805379468470, undefined, 'lost'],
    ['customerId', 1.73980537946847e21, undefined, 'lost'],
    ['customerId', 124569416, undefined, 'changed'],
    ['customerId', '1739805379468474', undefined, undefined],
    ['customerId', '1.73981E+15', undefined, 'lost'],
    ['tpid', 12.5, undefined, 'lost'],
    ['duns', 4567891, undefined, 'lost'],
    ['duns', 260211037, undefined, 'changed'],
    ['duns', '04567891', undefined, 'lost'],
    ['duns', '004567891', undefined, undefined],
    ['postalCode', 2130, true, 'lost'],
    ['postalCode', 2130, false, 'changed'],
    ['postalCode', 2130, undefined, 'changed'],
    ['postalCode', '2130', true, 'lost'],
    ['postalCode', '02130', true, undefined],
    ['postalCode', '13000-380', false, undefined],
    ['agreementId', 4807639, undefined, 'changed'],
    ['agreementId', 'V0759072', undefined, undefined],
    ['agreementId', '', undefined, undefined],
  ] as const)('%s %j (in the US: %j) is %j', (kind, value, us, expected) => {
    expect(cellDamage(kind, value, us)).toBe(expected);
  });
});

const FILE = 'CloudAscent - Azure propensity.csv';
const CHECKED = ['customerId', 'tpid', 'duns', 'postalCode', 'agreementId'];
const US = /^(us|usa|united states)$/i;

/** From the file's text alone: what Excel's typing of digit strings does to each ID column. */
function expectedDamage() {
  const { header, rows } = readSample(FILE);
  const profile = detectReport(header, { nameHint: FILE, sampleRows: rows.slice(0, 50) });
  const country = profile.columns.find((column) => column.kind === 'country')?.index ?? -1;
  return profile.columns
    .filter((column) => column.kind !== undefined && CHECKED.includes(column.kind))
    .map((column) => {
      const digits = rows.map((row) => row[column.index]).filter((v) => /^\d+$/.test(v));
      const lost = rows.filter((row) => {
        const text = row[column.index];
        if (!/^\d+$/.test(text)) return false;
        const kept = text.replace(/^0+/, '');
        if (kept.length > 15) return true;
        if (column.kind === 'duns') return kept.length < 9;
        return column.kind === 'postalCode' && US.test(row[country]) && kept.length < 5;
      });
      return { header: column.header, kind: column.kind, count: digits.length, lost: lost.length };
    })
    .filter((column) => column.count > 0);
}

it('counts, per identifier column, the cells Excel changed when it opened the CSV', async () => {
  const { adapter } = loadSample(FILE, { mode: 'general' });
  const expected = expectedDamage();
  expect(expected.map((column) => column.kind)).toEqual(['tpid', 'duns', 'postalCode']);
  expect(expected.every((column) => column.lost > 0)).toBe(true);

  const result = await adapter.inspect(EN);
  if (!result.ok) throw new Error(result.message);

  expect(result.value.damage).toEqual(expected);
  expect(result.value.warnings).toEqual(expect.arrayContaining(damageProblems(expected)));
});

it('says nothing, and reads nothing more, when the CSV was opened with identifiers as text', async () => {
  const damaged = loadSample(FILE, { mode: 'general' });
  const intact = loadSample(FILE, { mode: 'text' });

  const withDamage = await damaged.adapter.inspect(EN);
  const without = await intact.adapter.inspect(EN);

  expect(without.ok && without.value.damage).toBeUndefined();
  expect(without.ok && without.value.warnings.map((w) => w.code)).not.toContain(
    'identifiers-damaged',
  );
  expect(intact.host.stats.syncs).toBeLessThan(damaged.host.stats.syncs);
  expect(withDamage.ok).toBe(true);
});

it('explains the damage in English and Portuguese, with the way out', () => {
  const [changed, lost] = damageProblems([
    { header: 'CustomerID', count: 120, lost: 0 },
    { header: 'DUNSNumber', count: 120, lost: 14 },
  ]);
  expect(formatProblem(changed, 'en')).toBe(
    'Excel turned 120 values in “CustomerID” into numbers when it opened the CSV. Use Open report file… to open the CSV again with identifiers kept as text.',
  );
  expect(formatProblem(lost, 'pt-BR')).toBe(
    'O Excel alterou 120 valores em “DUNSNumber” ao abrir o CSV; 14 deles perderam zeros à esquerda ou dígitos de vez. Use Abrir arquivo de relatório… para abrir o CSV de novo com os identificadores mantidos como texto.',
  );
});
