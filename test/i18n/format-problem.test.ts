import { formatEvidence, formatProblem } from '../../src/i18n/format-problem';

describe('formatProblem', () => {
  it.each([
    [
      { code: 'empty-file' },
      'The file is empty. Download the report again from Partner Center.',
      'O arquivo está vazio. Baixe o relatório novamente no Partner Center.',
    ],
    [
      { code: 'unreadable-score', params: { column: 'AzureFit', row: 7, value: 'abc' } },
      'Row 7, column “AzureFit”: “abc” is not a score from 0 to 100; the cell was left out.',
      'Linha 7, coluna “AzureFit”: “abc” não é uma pontuação de 0 a 100; a célula foi desconsiderada.',
    ],
    [
      { code: 'duplicate-header', line: 3, params: { header: 'City', count: 2 } },
      'Line 3: The header “City” appears 2 times; each column is kept, in file order.',
      'Linha 3: O cabeçalho “City” aparece 2 vezes; cada coluna é mantida, na ordem do arquivo.',
    ],
    [
      { code: 'ambiguous-date-order', params: { column: 'Agreement End Date', order: 'MDY' } },
      'The dates in “Agreement End Date” could be month/day or day/month; they were read as month/day/year.',
      'As datas em “Agreement End Date” podem ser mês/dia ou dia/mês; foram lidas como mês/dia/ano.',
    ],
  ])('writes %j in English and Portuguese', (problem, en, pt) => {
    expect(formatProblem(problem, 'en')).toBe(en);
    expect(formatProblem(problem, 'pt-BR')).toBe(pt);
  });

  it.each([
    [
      1,
      'Line 1: A title line above the header was skipped.',
      'Linha 1: Uma linha de título acima do cabeçalho foi ignorada.',
    ],
    [
      3,
      'Line 1: 3 title lines above the header were skipped.',
      'Linha 1: 3 linhas de título acima do cabeçalho foram ignoradas.',
    ],
  ])('counts %i skipped title line(s) in the singular or plural', (count, en, pt) => {
    const problem = { code: 'title-lines-skipped', line: 1, params: { count } };
    expect(formatProblem(problem, 'en')).toBe(en);
    expect(formatProblem(problem, 'pt-BR')).toBe(pt);
  });

  it('names the report types of the M365-or-Surface warning in the language', () => {
    const problem = { code: 'm365-or-surface', params: { likely: 'm365', other: 'surface' } };
    expect(formatProblem(problem, 'pt-BR')).toBe(
      'Este arquivo pode ser o relatório Microsoft 365 ou o Surface (os dois têm o mesmo layout); foi lido como Microsoft 365. Escolha o tipo de relatório se estiver errado.',
    );
  });

  it('falls back to a readable line for a code it does not know', () => {
    expect(formatProblem({ code: 'brand-new' }, 'en')).toBe(
      'Something needs attention (brand-new).',
    );
    expect(
      formatProblem({ code: 'brand-new', line: 4, params: { column: 'X', count: 2 } }, 'pt-BR'),
    ).toBe('Linha 4: Algo precisa de atenção (brand-new: column X, count 2).');
  });

  it('numbers rows the host’s way when told where data row 1 is', () => {
    const problem = {
      code: 'unreadable-money',
      params: { column: 'Revenue', row: 1, value: 'n/a' },
    };
    expect(formatProblem(problem, 'en', { firstRow: 2 })).toBe(
      'Row 2, column “Revenue”: “n/a” is not an amount; the cell was left out.',
    );
  });
});

describe('formatEvidence', () => {
  it.each([
    [
      { code: 'report-type', params: { type: 'renewals', basis: 'agreement-columns' } },
      'Agreement renewals report, decided by its agreement columns.',
      'Relatório Renovações de contrato, decidido por suas colunas de contrato.',
    ],
    [
      { code: 'layout-match', params: { layout: 'azure-fy24', matched: 70, total: 70 } },
      'Matches the documented layout azure-fy24 (70 of 70 columns).',
      'Corresponde ao layout documentado azure-fy24 (70 de 70 colunas).',
    ],
    [
      { code: 'name-hint', params: { hint: 'CloudAscent - Surface.csv', type: 'surface' } },
      'The name “CloudAscent - Surface.csv” points to Surface.',
      'O nome “CloudAscent - Surface.csv” indica Surface.',
    ],
  ])('writes %j in English and Portuguese, naming report types in the language', (e, en, pt) => {
    expect(formatEvidence(e, 'en')).toBe(en);
    expect(formatEvidence(e, 'pt-BR')).toBe(pt);
  });

  it('says “one product” rather than “1 product(s)”', () => {
    const one = { code: 'products', params: { count: 1, names: 'Azure' } };
    const two = { code: 'products', params: { count: 2, names: 'M365, Surface' } };
    expect(formatEvidence(one, 'en')).toBe('Scores one product: Azure.');
    expect(formatEvidence(one, 'pt-BR')).toBe('Pontua um produto: Azure.');
    expect(formatEvidence(two, 'en')).toBe('Scores 2 products: M365, Surface.');
    expect(formatEvidence(two, 'pt-BR')).toBe('Pontua 2 produtos: M365, Surface.');
  });

  it('keeps a parameter value that is not a known code as given', () => {
    expect(formatEvidence({ code: 'name-hint', params: { hint: 'x', type: 'fabric' } }, 'en')).toBe(
      'The name “x” points to fabric.',
    );
  });

  it('falls back to a readable line for a code it does not know', () => {
    expect(formatEvidence({ code: 'mystery' }, 'en')).toBe('Clue: mystery.');
    expect(formatEvidence({ code: 'mystery', params: { header: 'AzureFit' } }, 'pt-BR')).toBe(
      'Indício: mystery (header AzureFit).',
    );
  });
});
