import { isMessageKey, resolveLang, t } from '../../src/i18n/translate';
import { bandLabel, clusterLabel, reportTypeLabel } from '../../src/i18n/labels';

describe('t', () => {
  it('fills placeholders in the chosen language', () => {
    expect(t('en', 'reason.cluster', { cluster: 'Act Now', product: 'Azure' })).toBe(
      'Act Now for Azure',
    );
    expect(t('pt-BR', 'reason.cluster', { cluster: 'Agir agora', product: 'Azure' })).toBe(
      'Agir agora em Azure',
    );
  });

  it('fills the same placeholder each time it appears and writes numbers as given', () => {
    expect(t('en', 'problem.more-unreadable-values', { column: 'Fit', count: 12 })).toBe(
      'Column “Fit”: 12 more cells could not be read and were left out.',
    );
  });

  it('leaves a placeholder without a value visible', () => {
    expect(t('en', 'reason.revenue')).toBe('potential {amount}');
  });
});

describe('isMessageKey', () => {
  it('tells message keys from other text', () => {
    expect(isMessageKey('problem.empty-file')).toBe(true);
    expect(isMessageKey('problem.no-such-code')).toBe(false);
    expect(isMessageKey('toString')).toBe(false);
  });
});

describe('resolveLang', () => {
  it.each([
    ['pt-BR', 'pt-BR'],
    ['pt-br', 'pt-BR'],
    ['pt_BR', 'pt-BR'],
    ['pt', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['PT', 'pt-BR'],
    ['en', 'en'],
    ['en-US', 'en'],
    ['es-MX', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ])('%j → %s', (tag, lang) => {
    expect(resolveLang(tag)).toBe(lang);
  });
});

describe('labels', () => {
  it.each([
    ['Act Now', 'Act Now', 'Agir agora'],
    ['Evaluate', 'Evaluate', 'Avaliar'],
    ['Nurture', 'Nurture', 'Nutrir'],
    ['Educate', 'Educate', 'Educar'],
    ['(blank)', '(blank)', '(vazio)'],
    ['(other)', '(other)', '(outro)'],
  ] as const)('names the cluster %s in English and Portuguese', (cluster, en, pt) => {
    expect([clusterLabel(cluster, 'en'), clusterLabel(cluster, 'pt-BR')]).toEqual([en, pt]);
  });

  it.each([
    ['High', 'Alto'],
    ['Medium', 'Médio'],
    ['Low', 'Baixo'],
    ['Very Low', 'Muito baixo'],
  ] as const)('names the band %s in English and Portuguese', (band, pt) => {
    expect([bandLabel(band, 'en'), bandLabel(band, 'pt-BR')]).toEqual([band, pt]);
  });

  it('names report types', () => {
    expect(reportTypeLabel('renewals', 'en')).toBe('Agreement renewals');
    expect(reportTypeLabel('renewals', 'pt-BR')).toBe('Renovações de contrato');
  });
});
