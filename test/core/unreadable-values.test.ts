import { memoParse } from '../../src/core/memo-parse';
import { LISTED_PER_COLUMN, UnreadableValues } from '../../src/core/unreadable-values';

describe('UnreadableValues', () => {
  it('lists the first cells per column one by one, then counts the rest', () => {
    const unreadable = new UnreadableValues();
    for (let row = 0; row < LISTED_PER_COLUMN + 3; row++) {
      unreadable.report('money', 4, 'Revenue', row, 'n/a');
    }
    unreadable.report('score', 2, 'AzureFit', 0, 'abc');
    const problems = unreadable.problems();
    expect(problems).toHaveLength(LISTED_PER_COLUMN + 2);
    expect(problems[0]).toEqual({
      code: 'unreadable-money',
      params: { column: 'Revenue', row: 1, value: 'n/a' },
    });
    expect(problems[problems.length - 1]).toEqual({
      code: 'more-unreadable-values',
      params: { column: 'Revenue', count: 3 },
    });
  });

  it('reports a cell read twice only once', () => {
    const unreadable = new UnreadableValues();
    unreadable.report('money', 4, 'Revenue', 7, 'n/a');
    unreadable.report('money', 4, 'Revenue', 7, 'n/a');
    expect(unreadable.problems()).toHaveLength(1);
  });

  it('quotes at most 40 characters of a long value', () => {
    const unreadable = new UnreadableValues();
    unreadable.report('flag', 0, 'Play', 0, 'x'.repeat(100));
    expect(unreadable.problems()[0].params?.value).toBe(`${'x'.repeat(40)}…`);
  });
});

describe('memoParse', () => {
  it('parses each distinct text once and remembers null answers too', () => {
    const seen: (string | undefined)[] = [];
    const parse = memoParse((text: string | undefined) => {
      seen.push(text);
      return text === 'bad' ? null : text?.length;
    });
    expect([parse('Yes'), parse('Yes'), parse('bad'), parse('bad')]).toEqual([3, 3, null, null]);
    expect(seen).toEqual(['Yes', 'bad']);
  });

  it('stops remembering beyond its limit but keeps answering', () => {
    let calls = 0;
    const parse = memoParse((text: string | undefined) => {
      calls++;
      return text;
    }, 1);
    expect([parse('a'), parse('b'), parse('b'), parse('a')]).toEqual(['a', 'b', 'b', 'a']);
    expect(calls).toBe(3);
  });
});
