// The workbench's address: which sample, language and theme it starts with.

import { DEFAULT_SAMPLE, workbenchOptions, workbenchQuery } from '../../src/workbench/options';

const SAMPLES = ['a.csv', DEFAULT_SAMPLE, 'b.csv'];

describe('workbench options from the address', () => {
  it.each([
    ['', { sample: DEFAULT_SAMPLE, lang: 'en-US', theme: 'light' }],
    ['?sample=b.csv&lang=pt-BR&theme=dark', { sample: 'b.csv', lang: 'pt-BR', theme: 'dark' }],
    ['?lang=es-ES', { sample: DEFAULT_SAMPLE, lang: 'es-ES', theme: 'light' }],
    ['?sample=..%2Fpackage.json', { sample: DEFAULT_SAMPLE, lang: 'en-US', theme: 'light' }],
    ['?lang=%3Cscript%3E&theme=blue', { sample: DEFAULT_SAMPLE, lang: 'en-US', theme: 'light' }],
  ])('reads %j as %j', (search, expected) => {
    expect(workbenchOptions(search, SAMPLES)).toEqual(expected);
  });

  it('falls back to the first sample when the default one is not there', () => {
    expect(workbenchOptions('', ['x.csv', 'y.csv']).sample).toBe('x.csv');
  });

  it('writes a query that reads back as the same options', () => {
    const options = { sample: 'a.csv', lang: 'pt-BR', theme: 'dark' as const };
    expect(workbenchOptions(workbenchQuery(options), SAMPLES)).toEqual(options);
  });
});
