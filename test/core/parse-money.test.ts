import fc from 'fast-check';

import { parseMoney } from '../../src/core/parse-money';

describe('parseMoney', () => {
  it.each([
    ['1234', 1234],
    ['1234.5', 1234.5],
    ['$1,234.56', 1234.56],
    ['R$ 1.234,56', 1234.56],
    ['1 234,56', 1234.56],
    ["1'234.50", 1234.5],
    ['€1.234', 1234],
    ['1.234,56 €', 1234.56],
    ['USD 1,234', 1234],
    ['1,234,567.89 USD', 1234567.89],
    ['1.234.567,89', 1234567.89],
    ['12K', 12000],
    ['12 k', 12000],
    ['1.5M', 1500000],
    ['$1,5M', 1500000],
    ['$1.1M', 1100000],
    ['2MM', 2000000],
    ['1.2E+05', 120000],
    ['-$5', -5],
    ['$-5', -5],
    ['(1,234)', -1234],
  ])('reads the amount %j as %j', (text, amount) => {
    expect(parseMoney(text)).toBe(amount);
  });

  it.each([
    ['$10K-$50K', 10000],
    ['$10K - $50K', 10000],
    ['$10,000–$50,000', 10000],
    ['10 to 50K', 10000],
    ['1-5M', 1000000],
    ['R$ 10 mil a R$ 50 mil', null],
    ['> $100K', 100000],
    ['>100K', 100000],
    ['>= $100K', 100000],
    ['Over $1M', 1000000],
    ['$100K+', 100000],
    ['100000+', 100000],
    ['< $10K', 0],
    ['Under $10K', 0],
    ['Up to $10K', 0],
    ['Acima de R$ 100.000', 100000],
  ])('reads the band %j as its lower bound %j', (text, amount) => {
    expect(parseMoney(text)).toBe(amount);
  });

  it.each([
    ['1,234', 1234],
    ['1.234', 1234],
    ['123,456', 123456],
    ['82,5', 82.5],
    ['1,2345', 1.2345],
    ['0.125', 0.125],
    ['0,500', 0.5],
    ['1234.567', 1234.567],
  ])('decides the separator of the single-separator value %j as %j', (text, amount) => {
    expect(parseMoney(text)).toBe(amount);
  });

  it.each([[''], ['   '], [undefined]])('reads blank %j as absent (undefined)', (text) => {
    expect(parseMoney(text)).toBeUndefined();
  });

  it.each([
    ['abc'],
    ['N/A'],
    ['-'],
    ['12.'],
    ['1,23,456'],
    ['1,234,56'],
    ['1.234 567'],
    ['$'],
    ['< abc'],
    ['$10K-abc'],
    ['12%'],
    ['(April, 2026)'],
    ['9'.repeat(90)],
  ])('reports %j as unreadable (null)', (text) => {
    expect(parseMoney(text)).toBeNull();
  });
});

function group(integer: string, separator: string): string {
  let out = '';
  for (let i = 0; i < integer.length; i++) {
    if (i > 0 && (integer.length - i) % 3 === 0) out += separator;
    out += integer[i];
  }
  return out;
}

interface Convention {
  group: string;
  decimal: string;
}

const conventions = fc.constantFrom<Convention>(
  { group: ',', decimal: '.' },
  { group: '.', decimal: ',' },
  { group: ' ', decimal: ',' },
  { group: '\u00a0', decimal: ',' },
  { group: '', decimal: '.' },
  { group: '', decimal: ',' },
);

const symbols = fc.constantFrom(
  ['', ''],
  ['$', ''],
  ['R$ ', ''],
  ['€', ''],
  ['USD ', ''],
  ['', ' €'],
);

describe('parseMoney on formatted numbers', () => {
  it('reads back any amount formatted in either convention, with or without a symbol', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9_999_999_999 }),
        fc.option(fc.integer({ min: 0, max: 99 }), { nil: undefined }),
        conventions,
        symbols,
        (integer, cents, convention, [before, after]) => {
          const whole = group(String(integer), convention.group);
          const fraction =
            cents === undefined ? '' : `${convention.decimal}${String(cents).padStart(2, '0')}`;
          const expected =
            cents === undefined ? integer : Number(`${integer}.${String(cents).padStart(2, '0')}`);
          expect(parseMoney(`${before}${whole}${fraction}${after}`)).toBe(expected);
        },
      ),
    );
  });

  it('reads back amounts with K and M suffixes in either convention', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.option(fc.integer({ min: 0, max: 9 }), { nil: undefined }),
        fc.constantFrom(['K', 3], ['k', 3], ['M', 6], ['m', 6]),
        fc.constantFrom('.', ','),
        symbols,
        (integer, tenth, [suffix, exponent], decimal, [before, after]) => {
          const fraction = tenth === undefined ? '' : `${decimal}${tenth}`;
          const digits = tenth === undefined ? `${integer}` : `${integer}.${tenth}`;
          const text = `${before}${integer}${fraction}${suffix}${after}`;
          expect(parseMoney(text)).toBe(Number(`${digits}e${exponent}`));
        },
      ),
    );
  });

  it('reads a range as its lower bound whichever way round it is written', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999 }),
        fc.integer({ min: 0, max: 999 }),
        fc.constantFrom('-', ' - ', '–', ' to '),
        (a, b, separator) => {
          expect(parseMoney(`$${a}K${separator}$${b}K`)).toBe(Math.min(a, b) * 1000);
        },
      ),
    );
  });
});
