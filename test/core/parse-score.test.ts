import fc from 'fast-check';

import { parseBandWord, parseScore } from '../../src/core/parse-score';

describe('parseScore', () => {
  it.each([
    ['82', 82],
    ['82.0', 82],
    ['82,5', 82.5],
    [' 7 ', 7],
    ['0', 0],
    ['100', 100],
    ['100.0', 100],
    ['64%', 64],
  ])('reads %j as %j', (text, score) => {
    expect(parseScore(text)).toBe(score);
  });

  it.each([[''], ['  '], [undefined]])('reads blank %j as absent (undefined)', (text) => {
    expect(parseScore(text)).toBeUndefined();
  });

  it.each([['101'], ['100.5'], ['-1'], ['High'], ['8 2'], ['1e2'], ['82,5,1'], ['NaN']])(
    'reports %j as unreadable or out of range (null)',
    (text) => {
      expect(parseScore(text)).toBeNull();
    },
  );

  it('reads every score from 0 to 100 written with either decimal separator', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.constantFrom('.', ','), (tenths, sep) => {
        const score = tenths / 10;
        const text = `${Math.floor(score)}${sep}${tenths % 10}`;
        expect(parseScore(text)).toBeCloseTo(score, 10);
      }),
    );
  });
});

describe('parseBandWord', () => {
  it.each([
    ['High', 'High'],
    ['MEDIUM', 'Medium'],
    [' low ', 'Low'],
    ['Very Low', 'Very Low'],
    ['very_low', 'Very Low'],
    ['VeryLow', 'Very Low'],
  ])('reads %j as the band %j', (text, band) => {
    expect(parseBandWord(text)).toBe(band);
  });

  it.each([[''], [undefined], ['82'], ['Highest'], ['Very']])('gives no band for %j', (text) => {
    expect(parseBandWord(text)).toBeUndefined();
  });
});
