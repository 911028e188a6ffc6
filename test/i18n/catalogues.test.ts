import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';

import { messagesEn } from '../../src/i18n/messages-en';
import { messagesPtBr } from '../../src/i18n/messages-pt-br';
import { placeholders } from '../../src/i18n/translate';

const catalogues: [string, Readonly<Record<string, string>>][] = [['pt-BR', messagesPtBr]];

describe.each(catalogues)('the %s catalogue', (_lang, messages) => {
  it('has exactly the English keys', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(messagesEn).sort());
  });

  it.each(Object.entries(messagesEn))('keeps the placeholders of %s', (key, english) => {
    expect(placeholders(messages[key]).sort()).toEqual(placeholders(english).sort());
  });

  it('translates every message (no empty text)', () => {
    for (const text of Object.values(messages)) expect(text.trim()).not.toBe('');
  });
});

/**
 * Every `code` core can emit, read from its source: `code: 'x'`, `code = a ? 'x' : 'y'` and
 * `failure('x')`. Reading the source means a new code without a message fails here at once.
 */
function codesInCore(): { problems: Set<string>; evidence: Set<string> } {
  const dir = join(__dirname, '../../src/core');
  const problems = new Set<string>();
  const evidence = new Set<string>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts'))) {
    const source = readFileSync(join(dir, file), 'utf8');
    const found = new Set<string>();
    for (const [, expression] of source.matchAll(/\bcode\s*[:=]\s*([^;\n]*)/g)) {
      for (const [, code] of expression.matchAll(/'([a-z0-9]+(?:-[a-z0-9]+)*)'/g)) found.add(code);
    }
    for (const [, code] of source.matchAll(/failure\('([a-z0-9-]+)'\)/g)) found.add(code);
    const target = file === 'detection-evidence.ts' ? evidence : problems;
    for (const code of found) target.add(code);
  }
  // Built from the kind of value: `unreadable-${kind}`.
  for (const kind of ['cluster', 'score', 'money', 'flag', 'date'])
    problems.add(`unreadable-${kind}`);
  return { problems, evidence };
}

describe('the catalogues cover every code core produces', () => {
  const { problems, evidence } = codesInCore();

  it('finds the codes of the reader, detection and targeting in the source', () => {
    for (const code of ['empty-file', 'ragged-row', 'm365-or-surface', 'no-recent-column']) {
      expect(problems).toContain(code);
    }
    expect(evidence).toContain('layout-match');
  });

  it.each([...problems].sort())('has a message for the problem %s', (code) => {
    expect(messagesEn).toHaveProperty([`problem.${code}`]);
  });

  it.each([...evidence].sort())('has a message for the evidence %s', (code) => {
    expect(messagesEn).toHaveProperty([`evidence.${code}`]);
  });
});

describe('placeholders', () => {
  it('lists the names in braces, in order', () => {
    expect(placeholders('Row {row}, column “{column}”')).toEqual(['row', 'column']);
    expect(placeholders('no placeholder')).toEqual([]);
  });
});
