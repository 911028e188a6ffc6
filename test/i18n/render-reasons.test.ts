import fc from 'fast-check';

import type { Band, Cluster, Reason } from '../../src/core/types';
import { MAX_REASON_LENGTH, renderReasons } from '../../src/i18n/render-reasons';

const full: Reason[] = [
  { kind: 'cluster', cluster: 'Act Now', product: 'Azure' },
  { kind: 'scores', product: 'Azure', fit: 82, fitBand: 'High', intent: 64, intentBand: 'Medium' },
  { kind: 'segment', code: 'A2' },
  { kind: 'cohorts', names: ['Migrate VMware', 'Modernize VDI'] },
  { kind: 'ownership', product: 'Azure', has: false },
  { kind: 'competitor', name: 'AWS' },
  { kind: 'recent', transacted: true },
  { kind: 'revenue', amount: 120000 },
];

describe('renderReasons exact lines', () => {
  it.each<[string, Reason[], string, string]>([
    [
      'every usual reason',
      full,
      'Act Now for Azure · Fit 82 (High), Intent 64 (Medium) → A2 · plays: Migrate VMware, Modernize VDI · no Azure yet · uses AWS · bought in the last 36 months · potential $120,000',
      'Agir agora em Azure · Fit 82 (Alto), Intent 64 (Médio) → A2 · cenários: Migrate VMware, Modernize VDI · ainda sem Azure · usa AWS · comprou nos últimos 36 meses · potencial US$ 120.000',
    ],
    [
      'the cluster alone',
      [{ kind: 'cluster', cluster: 'Evaluate', product: 'M365 CoPilot' }],
      'Evaluate for M365 CoPilot',
      'Avaliar em M365 CoPilot',
    ],
    [
      'band words without numbers, and one score only',
      [
        { kind: 'cluster', cluster: 'Nurture', product: 'Surface' },
        { kind: 'scores', product: 'Surface', fitBand: 'Very Low', intent: 30, intentBand: 'Low' },
      ],
      'Nurture for Surface · Fit Very Low, Intent 30 (Low)',
      'Nutrir em Surface · Fit Muito baixo, Intent 30 (Baixo)',
    ],
    [
      'ownership, an unnamed competitor and no recent purchase',
      [
        { kind: 'cluster', cluster: 'Educate', product: 'D365BC' },
        { kind: 'ownership', product: 'Microsoft 365', has: true },
        { kind: 'competitor', name: '' },
        { kind: 'recent', transacted: false },
      ],
      'Educate for D365BC · has Microsoft 365 · uses a competitor · no purchase in the last 36 months',
      'Educar em D365BC · já tem Microsoft 365 · usa um concorrente · sem compras nos últimos 36 meses',
    ],
    [
      'a renewal with date and expiring revenue',
      [
        { kind: 'cluster', cluster: 'Act Now', product: 'Azure' },
        { kind: 'renewal', date: '2026-04-30', expiringRevenue: 12000.4 },
      ],
      'Act Now for Azure · agreement ends Apr 30, 2026 ($12,000 expiring)',
      'Agir agora em Azure · contrato vence em 30/04/2026 (US$ 12.000 a vencer)',
    ],
    [
      'a renewal month without revenue, and revenue without a date',
      [
        { kind: 'renewal', date: '2026-04' },
        { kind: 'renewal', expiringRevenue: 500 },
      ],
      'agreement ends Apr 2026 · $500 expiring',
      'contrato vence em abr/2026 · US$ 500 a vencer',
    ],
    [
      'a segment code without scores',
      [
        { kind: 'cluster', cluster: 'Act Now', product: 'Azure' },
        { kind: 'segment', code: 'B1' },
      ],
      'Act Now for Azure · segment B1',
      'Agir agora em Azure · segmento B1',
    ],
    [
      'more plays than are shown',
      [{ kind: 'cohorts', names: ['A', 'B', 'C', 'D', 'E'] }],
      'plays: A, B, C +2 more',
      'cenários: A, B, C e mais 2',
    ],
  ])('renders %s', (_name, reasons, en, pt) => {
    expect(renderReasons(reasons, 'en')).toBe(en);
    expect(renderReasons(reasons, 'pt-BR')).toBe(pt);
  });

  it('renders nothing for no reasons', () => {
    expect(renderReasons([], 'en')).toBe('');
  });
});

describe('renderReasons play names', () => {
  const plays = (names: string[]): string => renderReasons([{ kind: 'cohorts', names }], 'en');

  it.each([
    [
      'Extend Edge Inferencing with Cloud-Based Model Training using Azure AI Infrastructure',
      'plays: Extend Edge Inferencing…',
    ],
    [
      'Windows Server OR SQL Server: Inactive Non-Annuity and More',
      'plays: Windows Server OR SQL Server: Inactive…',
    ],
    [
      'Upsell Existing Cloud Customer - EMS Suites/Standalones',
      'plays: Upsell Existing Cloud Customer - EMS…',
    ],
  ])('shortens %j at a word boundary that does not end on a joining word', (name, line) => {
    expect(plays([name])).toBe(line);
  });

  it('keeps the more specific of two plays when one names the other', () => {
    expect(plays(['Modernize VDI to AVD', 'Backup Data', 'Modernize VDI to AVD: RDS IB'])).toBe(
      'plays: Backup Data, Modernize VDI to AVD: RDS IB',
    );
  });

  it('counts only the plays left after near-duplicates go', () => {
    expect(plays(['Migrate', 'Migrate - SQL', 'Migrate (VMware)', 'B', 'C', 'D'])).toBe(
      'plays: Migrate - SQL, Migrate (VMware), B +2 more',
    );
  });

  it('keeps plays that only share a first word', () => {
    expect(plays(['Modernize VDI', 'Modernize VDI Workloads'])).toBe(
      'plays: Modernize VDI, Modernize VDI Workloads',
    );
  });
});

describe('renderReasons length cap', () => {
  const longPlay = 'Migrate and Modernize Apps with Azure Managed Databases for Retail';
  const crowded: Reason[] = [
    ...full.slice(0, 3),
    { kind: 'cohorts', names: [longPlay, longPlay, longPlay, longPlay] },
    { kind: 'ownership', product: 'Azure', has: false },
    { kind: 'ownership', product: 'Dynamics 365', has: false },
    { kind: 'ownership', product: 'Microsoft 365', has: true },
    { kind: 'competitor', name: 'AWS' },
    { kind: 'competitor', name: 'Google' },
    { kind: 'recent', transacted: true },
    { kind: 'renewal', date: '2026-04-30', expiringRevenue: 12000 },
    { kind: 'revenue', amount: 120000 },
  ];

  it.each(['en', 'pt-BR'] as const)('keeps a crowded line within 300 characters in %s', (lang) => {
    const line = renderReasons(crowded, lang);
    expect(line.length).toBeLessThanOrEqual(MAX_REASON_LENGTH);
    expect(line).not.toContain('\n');
  });

  it('shortens the plays before dropping anything else', () => {
    const line = renderReasons(crowded, 'en');
    expect(line).toContain('plays: Migrate and Modernize Apps with Azure… +3 more');
    expect(line).toContain('no Azure yet');
    expect(line).toContain('potential $120,000');
  });

  it('drops whole parts, plays first, and never cuts a word', () => {
    const names = Array.from({ length: 3 }, (_, i) => `${'Very long play name '.repeat(2)}${i}`);
    const many: Reason[] = [
      ...full.slice(0, 3),
      { kind: 'cohorts', names },
      ...Array.from({ length: 12 }, (_, i): Reason => ({
        kind: 'ownership',
        product: `Product ${i}`,
        has: false,
      })),
      { kind: 'revenue', amount: 120000 },
    ];
    const line = renderReasons(many, 'en');
    expect(line.length).toBeLessThanOrEqual(MAX_REASON_LENGTH);
    expect(line).not.toContain('plays:');
    expect(line.startsWith('Act Now for Azure · Fit 82 (High), Intent 64 (Medium) → A2')).toBe(
      true,
    );
    expect(line.endsWith('potential $120,000')).toBe(true);
    for (const part of line.split(' · '))
      expect(part).toMatch(/^(Act Now|Fit|no Product \d+ yet|potential)/);
  });

  it('shortens at a word boundary when even the essential parts are too long', () => {
    const product = 'Enormous Product Name '.repeat(20).trim();
    const line = renderReasons([{ kind: 'cluster', cluster: 'Act Now', product }], 'en');
    expect(line.length).toBeLessThanOrEqual(MAX_REASON_LENGTH);
    expect(line.endsWith('…')).toBe(true);
    expect(line.slice(0, -1).endsWith(' ')).toBe(false);
    expect(product.startsWith(line.slice(0, -1).replace('Act Now for ', ''))).toBe(true);
  });
});

describe('renderReasons never starts like a formula', () => {
  it('writes a negative amount with a minus sign, not a hyphen', () => {
    expect(renderReasons([{ kind: 'renewal', expiringRevenue: -500 }], 'en')).toBe(
      '\u2212$500 expiring',
    );
    expect(renderReasons([{ kind: 'renewal', expiringRevenue: -500 }], 'pt-BR')).toBe(
      '\u2212US$ 500 a vencer',
    );
  });
});

const band = fc.constantFrom<Band>('High', 'Medium', 'Low', 'Very Low');
const text = fc.string({
  unit: fc.constantFrom('=', '+', '-', '@', ' ', '\n', 'a', 'B', '9', 'é'),
});
const reason: fc.Arbitrary<Reason> = fc.oneof(
  fc.record({
    kind: fc.constant('cluster' as const),
    cluster: fc.constantFrom<Cluster>('Act Now', 'Evaluate', 'Nurture', 'Educate'),
    product: text,
  }),
  fc.record(
    {
      kind: fc.constant('scores' as const),
      product: text,
      fit: fc.double({ min: 0, max: 100, noNaN: true }),
      fitBand: band,
      intent: fc.double({ min: 0, max: 100, noNaN: true }),
      intentBand: band,
    },
    { requiredKeys: ['kind', 'product'] },
  ),
  fc.record({ kind: fc.constant('segment' as const), code: text }),
  fc.record({ kind: fc.constant('cohorts' as const), names: fc.array(text, { maxLength: 30 }) }),
  fc.record({ kind: fc.constant('ownership' as const), product: text, has: fc.boolean() }),
  fc.record({ kind: fc.constant('competitor' as const), name: text }),
  fc.record({ kind: fc.constant('recent' as const), transacted: fc.boolean() }),
  fc.record(
    {
      kind: fc.constant('renewal' as const),
      date: text,
      expiringRevenue: fc.double({ min: -1e12, max: 1e12, noNaN: true }),
    },
    { requiredKeys: ['kind'] },
  ),
  fc.record({
    kind: fc.constant('revenue' as const),
    amount: fc.double({ min: -1e12, max: 1e12, noNaN: true }),
  }),
);

describe('renderReasons for any reasons', () => {
  it.each(['en', 'pt-BR'] as const)(
    'gives one line of at most 300 characters that never starts like a formula (%s)',
    (lang) => {
      fc.assert(
        fc.property(fc.array(reason, { maxLength: 40 }), (reasons) => {
          const line = renderReasons(reasons, lang);
          expect(line.length).toBeLessThanOrEqual(MAX_REASON_LENGTH);
          expect(line).not.toMatch(/[\r\n]/);
          expect(line).not.toMatch(/^[=+\-@]/);
        }),
      );
    },
  );
});
