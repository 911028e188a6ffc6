import fc from 'fast-check';

import { parseFlag } from '../../src/core/parse-flag';

const YES = ['Yes', 'Y', 'True', 'T', '1', '1.0', 'X', 'Sim', 'S', 'Verdadeiro'];
const NO = ['No', 'N', 'False', 'F', '0', '0.0', 'Não', 'Nao', 'Falso'];

describe('parseFlag', () => {
  it.each(YES)('reads %j as Yes', (text) => {
    expect(parseFlag(text)).toBe(true);
  });

  it.each(NO)('reads %j as No', (text) => {
    expect(parseFlag(text)).toBe(false);
  });

  it.each([[''], ['  '], [undefined]])('reads blank %j as No', (text) => {
    expect(parseFlag(text)).toBe(false);
  });

  it.each([['Maybe'], ['2'], ['Yes please'], ['-'], ['N/A'], ['x'.repeat(100)]])(
    'reports %j as unreadable (null)',
    (text) => {
      expect(parseFlag(text)).toBeNull();
    },
  );

  it('ignores case and spaces in every spelling', () => {
    const word = fc.constantFrom(
      ...YES.map((w) => [w, true] as const),
      ...NO.map((w) => [w, false] as const),
    );
    const caseMask = fc.array(fc.boolean(), { minLength: 12, maxLength: 12 });
    const padding = fc.constantFrom('', ' ', '  ', '\t', ' \u00a0');

    fc.assert(
      fc.property(word, caseMask, padding, padding, ([text, expected], mask, before, after) => {
        const cased = [...text].map((c, i) => (mask[i] ? c.toUpperCase() : c.toLowerCase()));
        expect(parseFlag(`${before}${cased.join('')}${after}`)).toBe(expected);
      }),
    );
  });
});
