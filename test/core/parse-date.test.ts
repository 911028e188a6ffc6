import fc from 'fast-check';

import { detectDateOrder, parseDate } from '../../src/core/parse-date';

describe('parseDate', () => {
  it.each([
    ['2026-04-30', '2026-04-30'],
    ['2026-04-30T00:00:00', '2026-04-30'],
    ['2026-04-30T13:45:10.123Z', '2026-04-30'],
    ['2026-04-30 00:00:00', '2026-04-30'],
    ['2026/4/3', '2026-04-03'],
    ['2026-04', '2026-04'],
    ['20260430', '2026-04-30'],
    ['(April, 2026)', '2026-04'],
    ['April 2026', '2026-04'],
    ['APR-2026', '2026-04'],
    ['Sept 2026', '2026-09'],
    ['abril de 2026', '2026-04'],
    ['(Março, 2027)', '2027-03'],
    ['30 April 2026', '2026-04-30'],
    ['30-Apr-2026', '2026-04-30'],
    ['April 30, 2026', '2026-04-30'],
    ['30 de abril de 2026', '2026-04-30'],
  ])('reads %j as %j whatever the order', (text, iso) => {
    expect(parseDate(text, 'MDY')).toBe(iso);
    expect(parseDate(text, 'DMY')).toBe(iso);
  });

  it.each([
    ['4/30/2026', 'MDY', '2026-04-30'],
    ['04-30-2026', 'MDY', '2026-04-30'],
    ['4/30/2026 12:00:00 AM', 'MDY', '2026-04-30'],
    ['4/30/26', 'MDY', '2026-04-30'],
    ['12/31/99', 'MDY', '1999-12-31'],
    ['30/4/2026', 'DMY', '2026-04-30'],
    ['30.04.2026', 'DMY', '2026-04-30'],
    ['30-04-2026', 'DMY', '2026-04-30'],
    ['1/2/2026', 'MDY', '2026-01-02'],
    ['1/2/2026', 'DMY', '2026-02-01'],
  ] as const)('reads %j in %s order as %j', (text, order, iso) => {
    expect(parseDate(text, order)).toBe(iso);
  });

  it('reads a/b/yyyy as month first when no order is given', () => {
    expect(parseDate('1/2/2026')).toBe('2026-01-02');
  });

  it.each([
    ['46142', '2026-04-30'],
    ['46142.5', '2026-04-30'],
    ['10000', '1927-05-18'],
    ['45351', '2024-02-29'],
    ['99999', '2173-10-13'],
  ])('reads the Excel serial %j as %j', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it.each([[''], ['  '], [undefined]])('reads blank %j as absent (undefined)', (text) => {
    expect(parseDate(text)).toBeUndefined();
  });

  it.each([
    ['2026', 'a plain year is not a serial'],
    ['9999', 'a four-digit number is not a serial'],
    ['100000', 'six digits are outside the serial range'],
    ['2026-02-29', 'no 29 February in 2026'],
    ['2026-13-01', 'no month 13'],
    ['30/4/2026', 'impossible month first: never swapped silently'],
    ['May renew (call 2026)', 'free text naming a month'],
    ['Smarch 2026', 'not a month'],
    ['April', 'no year'],
    ['April May 2026', 'two months'],
    ['soon', 'no date at all'],
  ])('reports %j as unreadable (null): %s', (text) => {
    expect(parseDate(text, 'MDY')).toBeNull();
  });

  const dates = fc
    .date({
      min: new Date('1950-01-01T00:00:00Z'),
      max: new Date('2150-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((date) => ({
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      iso: date.toISOString().slice(0, 10),
    }));
  const pad = (value: number, zero: boolean): string =>
    zero && value < 10 ? `0${value}` : `${value}`;

  it('reads back a date written as ISO, month-first or day-first in the matching order', () => {
    fc.assert(
      fc.property(dates, fc.constantFrom('/', '-', '.'), fc.boolean(), (date, separator, zero) => {
        const month = pad(date.month, zero);
        const day = pad(date.day, zero);
        expect(parseDate(date.iso)).toBe(date.iso);
        expect(parseDate([month, day, date.year].join(separator), 'MDY')).toBe(date.iso);
        expect(parseDate([day, month, date.year].join(separator), 'DMY')).toBe(date.iso);
      }),
    );
  });

  it('reads back a date written as an Excel serial number', () => {
    fc.assert(
      fc.property(dates, (date) => {
        const serial = Date.UTC(date.year, date.month - 1, date.day) / 86_400_000 + 25569;
        fc.pre(serial >= 10000 && serial <= 99999);
        expect(parseDate(String(serial))).toBe(date.iso);
      }),
    );
  });
});

describe('detectDateOrder', () => {
  it.each([
    [['30/4/2026', '1/2/2026'], 'DMY', false],
    [['4/30/2026', '1/2/2026'], 'MDY', false],
    [['1/2/2026', '3/4/2026'], 'MDY', true],
    [['30/4/2026', '4/30/2026'], 'MDY', true],
    [['2026-04-30', '(April, 2026)', '', '46142'], 'MDY', false],
    [[], 'MDY', false],
    [['13.01.2026'], 'DMY', false],
  ] as const)('decides %j as %s (ambiguous: %s)', (values, order, ambiguous) => {
    expect(detectDateOrder(values)).toEqual({ order, ambiguous });
  });

  it('reads any iterable, such as a generator over a column', () => {
    function* column(): Generator<string> {
      yield '';
      yield '25/12/2026';
    }
    expect(detectDateOrder(column())).toEqual({ order: 'DMY', ambiguous: false });
  });
});
