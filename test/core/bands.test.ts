import { BANDS, bandIndex, bandOf, segmentCode } from '../../src/core/bands';
import type { Band } from '../../src/core/types';

describe('bandOf with the published example bands (75 / 55 / 30)', () => {
  it.each<[number, Band]>([
    [100, 'High'],
    [75, 'High'],
    [74.9, 'Medium'],
    [74, 'Medium'],
    [55, 'Medium'],
    [54, 'Low'],
    [30, 'Low'],
    [29, 'Very Low'],
    [0, 'Very Low'],
  ])('a score of %d is %s', (score, band) => {
    expect(bandOf(score)).toBe(band);
  });
});

describe('bandOf with configured bands', () => {
  const bands = { high: 80, medium: 60, low: 40 };
  it.each<[number, Band]>([
    [80, 'High'],
    [79, 'Medium'],
    [75, 'Medium'],
    [60, 'Medium'],
    [59, 'Low'],
    [40, 'Low'],
    [39, 'Very Low'],
  ])('a score of %d is %s when High starts at 80, Medium at 60, Low at 40', (score, band) => {
    expect(bandOf(score, bands)).toBe(band);
  });
});

describe('segmentCode', () => {
  it.each<[Band, Band, string]>([
    ['High', 'High', 'A1'],
    ['High', 'Medium', 'A2'],
    ['High', 'Very Low', 'A4'],
    ['Medium', 'High', 'B1'],
    ['Low', 'Low', 'C3'],
    ['Very Low', 'High', 'D1'],
    ['Very Low', 'Very Low', 'D4'],
  ])(
    'Fit %s with Intent %s is %s (Fit gives the letter, Intent the digit)',
    (fit, intent, code) => {
      expect(segmentCode(fit, intent)).toBe(code);
    },
  );
});

describe('BANDS', () => {
  it('lists the bands from best to worst, matching bandIndex', () => {
    expect(BANDS).toEqual(['High', 'Medium', 'Low', 'Very Low']);
    expect(BANDS.map(bandIndex)).toEqual([0, 1, 2, 3]);
  });
});
