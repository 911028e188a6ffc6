// Cohort (solution play), ownership and competitor columns are flags whose encoding the
// documentation never fixed: Yes/No, Y/N, True/False, 1/0, or an `X` in the cells that are in.
// Portuguese exports write Sim/Não. A blank cell means "not in", as in the reports.

const FLAG_WORDS: ReadonlyMap<string, boolean> = new Map([
  ['yes', true],
  ['y', true],
  ['true', true],
  ['t', true],
  ['1', true],
  ['1.0', true],
  ['x', true],
  ['sim', true],
  ['s', true],
  ['verdadeiro', true],
  ['no', false],
  ['n', false],
  ['false', false],
  ['f', false],
  ['0', false],
  ['0.0', false],
  ['nao', false],
  ['não', false],
  ['falso', false],
]);

const WHITESPACE = /\s+/g;

// Longer than any word above: such a cell cannot be a flag.
const LONGEST_WORD = 12;

/**
 * Reads a flag cell: `true` for Yes, `false` for No or blank, `null` when the text is not a
 * flag. Case and spaces do not matter (`' YES '`, `'N o'`).
 */
export function parseFlag(text: string | undefined): boolean | null {
  if (text === undefined) return false;

  // Exact spellings first: they are nearly every cell of a real report.
  switch (text) {
    case 'Yes':
      return true;
    case 'No':
    case '':
      return false;
  }

  if (text.length > LONGEST_WORD * 4) return null;
  const key = text.replace(WHITESPACE, '').toLowerCase();
  if (key === '') return false;
  return FLAG_WORDS.get(key) ?? null;
}
