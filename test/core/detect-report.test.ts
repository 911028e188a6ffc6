import documented from '../../src/core/documented-layouts.json';
import { detectReport } from '../../src/core/detect-report';
import { foldKey } from '../../src/core/fold';
import type { ReportProfile, ReportType } from '../../src/core/types';

interface Layout {
  id: string;
  reportType: string;
  columns: { name: string; role: string }[];
}

const LAYOUTS: Layout[] = documented.layouts;
const SURFACE_HINT = 'CloudAscent - Surface propensity.csv';

/** A small seeded generator (mulberry32) so shuffles and drops are the same on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

// Columns a test may drop: descriptive ones, never scores, IDs, agreement or activity columns.
const DROPPABLE_ROLES = new Set([
  'segment',
  'cohort',
  'upsell',
  'install_base',
  'workload',
  'offer',
  'competitive',
  'licensing',
]);

const EXTRA_COLUMNS = ['Notes', 'Owner', 'Last Contacted', 'Internal Rating', 'Campaign Code'];

function withoutThree(layout: Layout, seed: number): string[] {
  const random = seeded(seed);
  const droppable = layout.columns.filter((column) => DROPPABLE_ROLES.has(column.role));
  const dropped = new Set(shuffled(droppable, random).slice(0, 3));
  return layout.columns.filter((column) => !dropped.has(column)).map((column) => column.name);
}

function spacedOut(name: string): string {
  return ` ${name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/ /g, '  ')} `;
}

interface Variant {
  name: string;
  make: (layout: Layout, seed: number) => string[];
  /** Spelling-changing variants may turn one layout into its twin that folds alike. */
  spellingChanges?: boolean;
}

const names = (layout: Layout) => layout.columns.map((column) => column.name);

const VARIANTS: Variant[] = [
  { name: 'as documented', make: names },
  { name: 're-ordered', make: (layout, seed) => shuffled(names(layout), seeded(seed)) },
  { name: 'upper-cased', make: (layout) => names(layout).map((name) => name.toUpperCase()) },
  { name: 'lower-cased', make: (layout) => names(layout).map((name) => name.toLowerCase()) },
  {
    name: 'with spaces removed',
    make: (layout) => names(layout).map((name) => name.replace(/\s+/g, '')),
    spellingChanges: true,
  },
  {
    name: 'with spaces added',
    make: (layout) => names(layout).map(spacedOut),
    spellingChanges: true,
  },
  {
    name: 'with 5 extra unknown columns',
    make: (layout, seed) => shuffled([...names(layout), ...EXTRA_COLUMNS], seeded(seed)),
  },
  { name: 'with 3 non-key columns dropped', make: withoutThree },
];

/** Layouts of the same report whose headers are identical once folded. */
function foldedTwins(layout: Layout): string[] {
  const keysOf = (other: Layout) =>
    [...new Set(other.columns.map((column) => foldKey(column.name)))].sort().join('|');
  const keys = keysOf(layout);
  return LAYOUTS.filter(
    (other) => other.reportType === layout.reportType && keysOf(other) === keys,
  ).map((other) => other.id);
}

const hintFor = (layout: Layout) => (layout.reportType === 'surface' ? SURFACE_HINT : undefined);

describe('detectReport recognises every documented layout', () => {
  const cases = LAYOUTS.flatMap((layout, position) =>
    VARIANTS.map((variant) => ({ layout, variant, seed: 1000 + position, id: layout.id })),
  );

  it.each(cases)('$id $variant.name', ({ layout, variant, seed }) => {
    const profile = detectReport(variant.make(layout, seed), { nameHint: hintFor(layout) });

    expect(profile.reportType).toBe(layout.reportType);
    if (variant.spellingChanges) expect(foldedTwins(layout)).toContain(profile.layout);
    else expect(profile.layout).toBe(layout.id);
    expect(profile.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it.each(LAYOUTS.filter((layout) => layout.reportType !== 'm365' || !layout.id.endsWith('fy24')))(
    '$id is certain and names one candidate',
    (layout) => {
      const profile = detectReport(names(layout), { nameHint: hintFor(layout) });
      expect(profile.candidates).toEqual([layout.reportType]);
      expect(profile.warnings).toEqual([]);
      expect(profile.confidence).toBeGreaterThan(0.9);
      expect(profile.evidence).toContainEqual({
        code: 'layout-match',
        params: { layout: layout.id, matched: layout.columns.length, total: layout.columns.length },
      });
    },
  );
});

describe('detectReport tells the M365 and Surface reports apart by name', () => {
  const fy24 = (id: string) => names(LAYOUTS.find((layout) => layout.id === id) as Layout);

  it.each(['m365-fy24', 'surface-fy24'])(
    '%s without a name is M365, with both candidates and a warning',
    (id) => {
      const profile = detectReport(fy24(id));
      expect(profile.reportType).toBe('m365');
      expect(profile.layout).toBe('m365-fy24');
      expect(profile.candidates).toEqual(['m365', 'surface']);
      expect(profile.warnings).toEqual([
        { code: 'm365-or-surface', params: { likely: 'm365', other: 'surface' } },
      ]);
      expect(profile.confidence).toBeLessThanOrEqual(0.5);
    },
  );

  it.each([
    ['CloudAscent - Surface propensity.csv', 'surface', 'surface-fy24'],
    ['surface_2024-03.CSV', 'surface', 'surface-fy24'],
    ['Relatório de propensão Surface', 'surface', 'surface-fy24'],
    ['Modern Work - Surface', 'surface', 'surface-fy24'],
    ['CloudAscent - Microsoft 365 propensity.csv', 'm365', 'm365-fy24'],
    ['M365 march', 'm365', 'm365-fy24'],
    ['modern work accounts', 'm365', 'm365-fy24'],
    ['OFFICE export', 'm365', 'm365-fy24'],
    ['Trabalho Moderno - propensão', 'm365', 'm365-fy24'],
  ])('the name %j makes it %s (%s) without a warning', (nameHint, type, layout) => {
    const profile = detectReport(fy24('m365-fy24'), { nameHint });
    expect(profile).toMatchObject({ reportType: type, layout, candidates: [type], warnings: [] });
    expect(profile.evidence).toContainEqual({
      code: 'name-hint',
      params: { hint: nameHint, type },
    });
  });

  it.each(['Planilha1', 'report.csv', 'Azure accounts.csv'])(
    'the undecisive name %j leaves it M365 with the warning',
    (nameHint) => {
      const profile = detectReport(fy24('surface-fy24'), { nameHint });
      expect(profile.reportType).toBe('m365');
      expect(profile.candidates).toEqual(['m365', 'surface']);
      expect(profile.warnings.map((warning) => warning.code)).toEqual(['m365-or-surface']);
    },
  );

  it('leans to Surface when the content favours it: Surface scores and plays, M365 plays only', () => {
    const header = [
      'CustomerID',
      'AccountName',
      'SurfaceFit',
      'SurfaceIntent',
      'SurfaceCluster',
      'Surface_Windows 10 EOS Refresh',
      'MW_Copilot Ready Tenants',
    ];
    const profile = detectReport(header);
    expect(profile.reportType).toBe('surface');
    expect(profile.candidates).toEqual(['surface', 'm365']);
    expect(profile.warnings.map((warning) => warning.code)).toEqual(['m365-or-surface']);
  });

  it.each(['m365-2020-12', 'm365-2021-01', 'm365-2021-07'])(
    'the %s layout scores Office 365 and stays M365 whatever the name says',
    (id) => {
      const profile = detectReport(fy24(id), { nameHint: SURFACE_HINT });
      expect(profile).toMatchObject({ reportType: 'm365', layout: id, candidates: ['m365'] });
      expect(profile.evidence).toContainEqual({ code: 'o365-products' });
      expect(profile.evidence).toContainEqual({
        code: 'name-hint-ignored',
        params: { hint: SURFACE_HINT, type: 'surface' },
      });
    },
  );
});

const COMMON_FY24 = [
  'MPNID',
  'PartnerName',
  'CustomerID',
  'DUNSNumber',
  'AccountName',
  'Domain',
  'OrgSize',
  'Industry',
  'Vertical',
  'Area',
  'Subsidiary',
  'SalesTerritory',
  'City',
  'State',
  'PostalCode',
  'Country',
  'Segment',
  'SubSegment',
  'SMCTypeSummary',
  'IsNonprofit',
];

const NEWER_AZURE = [
  ...COMMON_FY24,
  'Azure_Migrate Windows Server 2016 EOS',
  'Azure_Copilot Studio on Azure AI Foundry',
  'Azure_Modernize Data with Fabric',
  'Azure_Arc Enabled Hybrid Servers',
  'FY26 Offers',
  'AzureFit',
  'AzureIntent',
  'AzureCluster',
  'Azure Revenue Potential',
  'Has Azure',
  'HasGoogle',
  'HasAWS',
  'Transactedinthelast36months',
];

const NEWER_COPILOT = [
  'PartnerName',
  'GlobalID',
  'CustomerID',
  'AccountName',
  'Country',
  'Org Size',
  'SMECTypeSummary',
  'M365_CoPilot_Fit',
  'M365_CoPilot_Intent',
  'M365_CoPilot_Cluster',
  'MW_Copilot Ready Tenants',
  'MW_Business Premium Upsell',
  'M365_Paid_Seat_Range',
  'Has_MW_CSP_Annual_Renewal',
  'Has_Transacted_Product',
  'Has_Compete',
  'Revenue Potential',
];

const NEWER_SECURITY = [
  ...COMMON_FY24,
  'Security_Defender for Business Attach',
  'Security_Entra ID P1 Gap',
  'Security_Purview Data Protection',
  'SecurityFit',
  'SecurityIntent',
  'SecurityCluster',
  'Potential Revenue (USD)',
  'Has M365',
  'Transacted in the last 36 months',
];

const NEWER_D365 = [
  ...COMMON_FY24,
  'D365_Sales Copilot Upsell',
  'D365_BC Cloud Migration',
  'D365SPFit',
  'D365SPIntent',
  'D365SPCluster',
  'PowerAppsFit',
  'PowerAppsIntent',
  'PowerAppsCluster',
  'D365BCCluster',
  'Whitespace Revenue',
  'HasD365',
  'Transactedinthelast36months',
];

describe('detectReport reads newer files that follow the conventions', () => {
  it.each([
    { file: 'an FY26 Azure file', header: NEWER_AZURE, type: 'azure', products: 'Azure' },
    { file: 'an M365 Copilot file', header: NEWER_COPILOT, type: 'm365', products: 'M365_CoPilot' },
    { file: 'a Security file', header: NEWER_SECURITY, type: 'security', products: 'Security' },
    {
      file: 'a D365 file',
      header: NEWER_D365,
      type: 'd365',
      products: 'D365SP, PowerApps, D365BC',
    },
  ])('$file is layout newer of type $type', ({ header, type, products }) => {
    const profile = detectReport(header);
    expect(profile).toMatchObject({ reportType: type, layout: 'newer', candidates: [type] });
    expect(profile.confidence).toBeGreaterThanOrEqual(0.5);
    expect(profile.confidence).toBeLessThan(0.95);
    expect(profile.evidence).toContainEqual(
      expect.objectContaining({
        code: 'products',
        params: expect.objectContaining({ names: products }),
      }),
    );
    expect(profile.evidence).toContainEqual(
      expect.objectContaining({ code: 'report-type', params: { type, basis: 'products' } }),
    );
  });

  it.each([
    ['an FY26 Azure file', NEWER_AZURE, 'azure-'],
    ['an M365 Copilot file', NEWER_COPILOT, 'm365-'],
    ['a D365 file', NEWER_D365, 'd365-'],
  ])('%s names the nearest documented layout of its own report', (_, header, prefix) => {
    const nearest = detectReport(header).evidence.find((item) => item.code === 'layout-nearest');
    expect(String(nearest?.params?.layout)).toMatch(new RegExp(`^${prefix}`));
  });

  it('names no nearest layout for a report that has none documented (Security)', () => {
    const codes = detectReport(NEWER_SECURITY).evidence.map((item) => item.code);
    expect(codes).not.toContain('layout-nearest');
  });

  it('uses the newer file revenue potential column to order by', () => {
    const profile = detectReport(NEWER_AZURE);
    expect(header(profile, profile.revenueColumn)).toBe('Azure Revenue Potential');
    expect(profile.evidence).toContainEqual({
      code: 'revenue-column',
      params: { header: 'Azure Revenue Potential' },
    });
  });

  it('counts Azure_ plays as cohorts and reports them by prefix', () => {
    const profile = detectReport(NEWER_AZURE);
    const cohorts = profile.columns.filter((column) => column.role === 'cohort');
    expect(cohorts.map((column) => column.header)).toEqual(
      NEWER_AZURE.filter((name) => name.startsWith('Azure_')),
    );
    expect(profile.evidence).toContainEqual({
      code: 'plays',
      params: { prefix: 'Azure_', count: 4 },
    });
  });

  it('takes Has_Transacted_Product as the 36-month column of a Copilot-era file', () => {
    const profile = detectReport(NEWER_COPILOT);
    expect(header(profile, profile.recentColumn)).toBe('Has_Transacted_Product');
    expect(profile.evidence).toContainEqual({
      code: 'recent-successor',
      params: { header: 'Has_Transacted_Product' },
    });
  });

  it('recognises a newer renewals file by its agreement columns, though it scores every product', () => {
    const header = [
      ...COMMON_FY24,
      'AzureCluster',
      'M365_CoPilot_Cluster',
      'D365BCCluster',
      'SecurityCluster',
      'Agreement ID',
      'Agreement End Date',
      'Expiring Revenue',
      'TransactedInTheLast36months',
    ];
    const profile = detectReport(header);
    expect(profile).toMatchObject({ reportType: 'renewals', layout: 'newer' });
    expect(profile.evidence).toContainEqual({
      code: 'report-type',
      params: { type: 'renewals', basis: 'agreement-columns' },
    });
    expect(profile.evidence).toContainEqual({
      code: 'agreement-columns',
      params: { names: 'Agreement ID, Agreement End Date, Expiring Revenue' },
    });
    expect(header[profile.revenueColumn ?? -1]).toBe('Expiring Revenue');
  });

  it('infers the type from plays alone when a file has no score columns', () => {
    const profile = detectReport([
      ...COMMON_FY24,
      'Security_Defender for Business Attach',
      'Security_Entra ID P1 Gap',
    ]);
    expect(profile).toMatchObject({ reportType: 'security', layout: 'newer' });
    expect(profile.evidence).toContainEqual({
      code: 'report-type',
      params: { type: 'security', basis: 'plays' },
    });
  });

  it('lets the name decide for a CloudAscent-shaped file without scores or plays', () => {
    const profile = detectReport(COMMON_FY24, { nameHint: 'CloudAscent - Azure propensity.csv' });
    expect(profile).toMatchObject({ reportType: 'azure', layout: 'newer' });
    expect(profile.confidence).toBeLessThan(0.5);
  });
});

function header(profile: ReportProfile, index: number | undefined): string | undefined {
  return index === undefined ? undefined : profile.columns[index]?.header;
}

describe('detectReport reads the third-party Copilot-era header subsets as M365', () => {
  const PARTNER_COPILOT = [
    'PartnerName',
    'GlobalID',
    'CustomerID',
    'AccountName',
    'Country',
    'Org Size',
    'M365_CoPilot_Fit',
    'M365_CoPilot_Intent',
    'M365_CoPilot_Cluster',
    'Has_MW_CSP_Annual_Renewal',
    'M365_Paid_Seat_Range',
    'Has_Transacted_Product',
    'Has_Compete',
  ];
  const DISTRIBUTOR_COPILOT = [
    'Distributor Name',
    'Partner Name (Reseller Name)',
    'Partner Global ID',
    'Partner One ID',
    'CustomerTPID',
    'Account Name',
    'Country Name',
    'Copilot Fit',
    'Copilot Intent',
    'Copilot Cluster',
    'MW CSP Annual Renewal',
    'MW Paid Seat Range',
    'Has Transacted Product',
    'Has Compete',
    'TenantIDs',
    'Org Size',
  ];

  it.each([
    ['the CLAS partner download', PARTNER_COPILOT, 'CustomerID', 'M365_CoPilot'],
    ['the CLAS distributor list', DISTRIBUTOR_COPILOT, 'CustomerTPID', 'Copilot'],
  ])('%s is a newer M365 report', (_, names, identifier, product) => {
    const profile = detectReport(names);
    expect(profile).toMatchObject({ reportType: 'm365', layout: 'newer', candidates: ['m365'] });
    expect(header(profile, profile.identifierColumn)).toBe(identifier);
    expect(profile.products).toHaveLength(1);
    expect(profile.products[0]?.product).toBe(product);
    const { fit, intent, cluster } = profile.products[0] ?? {};
    expect([fit, intent, cluster].map((index) => header(profile, index))).toEqual(
      ['Fit', 'Intent', 'Cluster'].map((part) => names.find((name) => name.endsWith(part))),
    );
  });
});

describe('detectReport does not mistake other files for reports', () => {
  const CRM = ['Name', 'Email', 'Phone', 'Company', 'Title', 'City', 'Country', 'Lead Source'];

  it.each([undefined, 'CloudAscent - Azure propensity.csv', 'Surface leads'])(
    'a CRM export named %j is unknown and unrecognized with low confidence',
    (nameHint) => {
      const profile = detectReport(CRM, { nameHint });
      expect(profile).toMatchObject({ reportType: 'unknown', layout: 'unrecognized' });
      expect(profile.candidates).toEqual([]);
      expect(profile.confidence).toBeLessThan(0.2);
      expect(profile.evidence).toContainEqual({ code: 'no-report-columns' });
    },
  );

  it('still gives every column of a CRM export a role', () => {
    const profile = detectReport(CRM);
    expect(profile.columns).toHaveLength(CRM.length);
    expect(profile.columns.find((column) => column.header === 'Country')?.kind).toBe('country');
  });

  it.each([
    ['an empty header', []],
    ['blank header cells', ['', '  ', '']],
    ['a lone unknown score column', ['Name', 'Lead Fit', 'Owner']],
  ])('%s is unknown', (_, names) => {
    expect(detectReport(names)).toMatchObject({ reportType: 'unknown', layout: 'unrecognized' });
  });
});

describe('detectReport assigns the roles and kinds core uses', () => {
  const azure = names(LAYOUTS.find((layout) => layout.id === 'azure-fy24') as Layout);
  const renewals2020 = names(LAYOUTS.find((layout) => layout.id === 'renewals-2020-12') as Layout);

  const roleOf = (profile: ReportProfile, name: string) =>
    profile.columns.find((column) => column.header === name);

  it.each([
    ['MPNID', 'identifier', 'partnerId'],
    ['PartnerName', 'identifier', undefined],
    ['CustomerID', 'identifier', 'customerId'],
    ['DUNSNumber', 'identifier', 'duns'],
    ['AccountName', 'firmographic', 'accountName'],
    ['PostalCode', 'firmographic', 'postalCode'],
    ['SubSegment', 'segment', 'subSegment'],
    ['Azure_Modernize VDI to AVD: RDS IB', 'cohort', undefined],
    ['FY24 Offers', 'other', undefined],
    ['AzureFit', 'fit', undefined],
    ['AzureIntent', 'intent', undefined],
    ['AzureCluster', 'cluster', undefined],
    ['WindowsServerStandard_HasOpenRenewal', 'renewal', undefined],
    ['Has Azure', 'ownership', undefined],
    ['HasGoogle', 'competitive', undefined],
    ['HasEA', 'licensing', undefined],
    ['Existing Workloads', 'other', undefined],
    ['Transactedinthelast36months', 'activity', 'recentActivity'],
  ])('azure-fy24 %j is %s', (name, role, kind) => {
    const column = roleOf(detectReport(azure), name);
    expect({ role: column?.role, kind: column?.kind }).toEqual({ role, kind });
  });

  it('names the customer ID, account name and 36-month columns of an FY24 file', () => {
    const profile = detectReport(azure);
    expect(header(profile, profile.identifierColumn)).toBe('CustomerID');
    expect(header(profile, profile.accountNameColumn)).toBe('AccountName');
    expect(header(profile, profile.recentColumn)).toBe('Transactedinthelast36months');
    expect(profile.revenueColumn).toBeUndefined();
  });

  it('gives the renewals report its agreement and expiring revenue columns', () => {
    const profile = detectReport(renewals2020);
    expect(roleOf(profile, 'Agreement ID')).toMatchObject({
      role: 'identifier',
      kind: 'agreementId',
    });
    expect(roleOf(profile, 'Agreement End Date')).toMatchObject({
      role: 'renewal',
      kind: 'agreementEndDate',
    });
    expect(roleOf(profile, 'License Program')?.role).toBe('renewal');
    expect(header(profile, profile.revenueColumn)).toBe('Expiring Revenue');
    expect(roleOf(profile, 'D365 F&O Cluster')).toMatchObject({
      role: 'cluster',
      product: 'D365 F&O',
    });
  });

  it('pairs the FY24 M365 Surface columns into one product although one is spelled with a space', () => {
    const m365 = names(LAYOUTS.find((layout) => layout.id === 'm365-fy24') as Layout);
    const profile = detectReport(m365);
    const surface = profile.products.find((product) => product.product === 'Surface');
    expect(surface).toEqual({
      product: 'Surface',
      cluster: m365.indexOf('SurfaceCluster'),
      fit: m365.indexOf('SurfaceFit'),
      intent: m365.indexOf('Surface Intent'),
    });
    expect(roleOf(profile, 'Surface Intent')).toMatchObject({ role: 'intent', product: 'Surface' });
  });

  it('falls back from customer ID to TPID to account name for the identifier', () => {
    const tpid = detectReport(['AccountName', 'TPID', 'AzureCluster']);
    expect(header(tpid, tpid.identifierColumn)).toBe('TPID');
    const name = detectReport(['Account Name', 'AzureCluster']);
    expect(header(name, name.identifierColumn)).toBe('Account Name');
  });

  it('prefers the 36-month column over Has_Transacted_Product when both are present', () => {
    const profile = detectReport([
      'Has_Transacted_Product',
      'AzureCluster',
      'Transacted in the last 36 months',
    ]);
    expect(profile.recentColumn).toBe(2);
  });

  it('prefers revenue potential over expiring revenue', () => {
    const profile = detectReport(['Expiring Revenue', 'Agreement ID', 'Revenue Potential']);
    expect(profile.revenueColumn).toBe(2);
  });

  it('gives both of two duplicate headers the same role', () => {
    const profile = detectReport([
      'CustomerID',
      'AzureCluster',
      'AzureFit',
      'AzureCluster',
      'Azure_Play A',
    ]);
    expect(profile.columns.map((column) => column.role)).toEqual([
      'identifier',
      'cluster',
      'fit',
      'cluster',
      'cohort',
    ]);
    expect(profile.columns[3]?.product).toBe('Azure');
    expect(profile.products).toEqual([{ product: 'Azure', cluster: 1, fit: 2 }]);
  });

  it('keeps file order in products and in columns when headers are re-ordered', () => {
    const profile = detectReport(['SurfaceCluster', 'CustomerID', 'M365Cluster', 'SurfaceFit']);
    expect(profile.products.map((product) => product.product)).toEqual(['Surface', 'M365']);
    expect(profile.columns.map((column) => column.index)).toEqual([0, 1, 2, 3]);
  });
});

describe('detectReport uses sample values to settle unknown columns', () => {
  const names = [
    'CustomerID',
    'AzureCluster',
    'Azure_Consumption Trend',
    'Priority Play',
    'Notes',
    'HasGoogle',
    'AzureUpsellCustomer',
  ];
  const rows = [
    ['001', 'Act Now', '12.5', 'Yes', 'call back', 'Yes', 'No'],
    ['002', 'Evaluate', '-3', 'No', '', 'No', 'Yes'],
    ['003', 'Nurture', '0', '', 'n/a', '', 'No'],
  ];

  it.each([
    ['Priority Play', 'cohort', 'an unknown column whose values are all flags is a play'],
    ['Notes', 'other', 'an unknown column with free text stays other'],
    ['Azure_Consumption Trend', 'other', 'a prefixed column with numbers is not a play'],
    ['HasGoogle', 'competitive', 'a competitor flag stays competitive'],
    ['AzureUpsellCustomer', 'other', 'a known descriptive flag is not a play'],
  ])('%s becomes %s: %s', (name, role) => {
    const profile = detectReport(names, { sampleRows: rows });
    expect(profile.columns.find((column) => column.header === name)?.role).toBe(role);
  });

  it('reports the cohorts found from values', () => {
    const profile = detectReport(names, { sampleRows: rows });
    expect(profile.evidence).toContainEqual({ code: 'flag-columns', params: { count: 1 } });
  });

  it('does not call an all-blank column a play', () => {
    const profile = detectReport(['AzureCluster', 'Empty'], {
      sampleRows: [
        ['Act Now', ''],
        ['', ''],
      ],
    });
    expect(profile.columns[1]?.role).toBe('other');
  });

  it('without sample rows keeps prefixed plays as plays', () => {
    const profile = detectReport(names);
    expect(profile.columns[2]?.role).toBe('cohort');
    expect(profile.columns[3]?.role).toBe('other');
  });
});

describe('detectReport stays linear in the number of columns', () => {
  it('detects a 20,000-column header in well under a second', () => {
    const wide = [...NEWER_AZURE];
    for (let n = 0; n < 20_000; n += 1) wide.push(n % 2 === 0 ? `Azure_Play ${n}` : `Extra ${n}`);
    const started = performance.now();
    const profile = detectReport(wide);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(profile.reportType).toBe<ReportType>('azure');
    expect(profile.columns).toHaveLength(wide.length);
  });
});
