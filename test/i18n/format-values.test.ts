import { formatDate, formatMoney, formatScore, formatWhole } from '../../src/i18n/format-values';

describe('formatMoney', () => {
  it.each([
    [120000, '$120,000', 'US$ 120.000'],
    [1234567.89, '$1,234,568', 'US$ 1.234.568'],
    [999, '$999', 'US$ 999'],
    [1000, '$1,000', 'US$ 1.000'],
    [0, '$0', 'US$ 0'],
    [-2500, '\u2212$2,500', '\u2212US$ 2.500'],
  ])('writes %d as %s and %s', (amount, en, pt) => {
    expect([formatMoney(amount, 'en'), formatMoney(amount, 'pt-BR')]).toEqual([en, pt]);
  });
});

describe('formatWhole', () => {
  it('groups thousands the language’s way', () => {
    expect(formatWhole(12345678, 'en')).toBe('12,345,678');
    expect(formatWhole(12345678, 'pt-BR')).toBe('12.345.678');
  });
});

describe('formatScore', () => {
  it.each([
    [82, '82', '82'],
    [82.5, '82.5', '82,5'],
    [82.04, '82', '82'],
  ])('writes %d as %s and %s', (score, en, pt) => {
    expect([formatScore(score, 'en'), formatScore(score, 'pt-BR')]).toEqual([en, pt]);
  });
});

describe('formatDate', () => {
  it.each([
    ['2026-04-30', 'Apr 30, 2026', '30/04/2026'],
    ['2026-01-05', 'Jan 5, 2026', '05/01/2026'],
    ['2026-04', 'Apr 2026', 'abr/2026'],
    ['2026-12', 'Dec 2026', 'dez/2026'],
  ])('writes %s as %s and %s', (iso, en, pt) => {
    expect([formatDate(iso, 'en'), formatDate(iso, 'pt-BR')]).toEqual([en, pt]);
  });

  it('returns text that is not an ISO date unchanged', () => {
    expect(formatDate('soon', 'en')).toBe('soon');
    expect(formatDate('2026-13', 'pt-BR')).toBe('2026-13');
  });
});
