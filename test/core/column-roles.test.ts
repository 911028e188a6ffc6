import { classifyHeader } from '../../src/core/column-roles';
import { splitProductHeader } from '../../src/core/product-names';
import type { ColumnKind, ColumnRole } from '../../src/core/types';

type Expected = [header: string, role: ColumnRole, kind?: ColumnKind];

// Rows become objects so that a row without a kind still reaches the test as three values.
const table = (rows: Expected[]) =>
  rows.map(([header, role, kind]) => ({
    header,
    role,
    kind,
    meaning: kind ? `${role} (${kind})` : role,
  }));

describe('classifyHeader gives identifiers their kind in every spelling', () => {
  it.each(
    table([
      ['Customer ID', 'identifier', 'customerId'],
      ['CustomerID', 'identifier', 'customerId'],
      ['customer_id', 'identifier', 'customerId'],
      ['TPID', 'identifier', 'tpid'],
      ['CustomerTPID', 'identifier', 'tpid'],
      ['DUNS Number', 'identifier', 'duns'],
      ['DUNSNumber', 'identifier', 'duns'],
      ['MPN ID', 'identifier', 'partnerId'],
      ['MPNID', 'identifier', 'partnerId'],
      ['mpn_id', 'identifier', 'partnerId'],
      ['GlobalID', 'identifier', 'partnerId'],
      ['Partner Global ID', 'identifier', 'partnerId'],
      ['Partner One ID', 'identifier', 'partnerId'],
      ['Agreement ID', 'identifier', 'agreementId'],
      ['AgreementID', 'identifier', 'agreementId'],
      ['Partner Name', 'identifier'],
      ['Partner Name (Reseller Name)', 'identifier'],
      ['Distributor Name', 'identifier'],
      ['TenantIDs', 'identifier'],
    ]),
  )('$header is $meaning', ({ header, role, kind }) => {
    const column = classifyHeader(header);
    expect({ role: column.role, kind: column.kind }).toEqual({ role, kind });
  });
});

describe('classifyHeader recognises firmographic and segment columns', () => {
  it.each(
    table([
      ['Account Name', 'firmographic', 'accountName'],
      ['AccountName', 'firmographic', 'accountName'],
      ['Postal Code', 'firmographic', 'postalCode'],
      ['PostalCode', 'firmographic', 'postalCode'],
      ['Industry', 'firmographic', 'industry'],
      ['Vertical', 'firmographic', 'vertical'],
      ['Country', 'firmographic', 'country'],
      ['Country Name', 'firmographic', 'country'],
      ['State', 'firmographic', 'state'],
      ['City', 'firmographic', 'city'],
      ['Org Size', 'firmographic', 'orgSize'],
      ['OrgSize', 'firmographic', 'orgSize'],
      ['Sales Territory', 'firmographic'],
      ['M365_Paid_Seat_Range', 'firmographic'],
      ['MW Paid Seat Range', 'firmographic'],
      ['Sub Segment', 'segment', 'subSegment'],
      ['SubSegment', 'segment', 'subSegment'],
      ['SMC type Summary', 'segment'],
      ['Top Unmanaged - Compute Base', 'segment'],
      ['IsNonProfit', 'segment'],
      ['IsNonprofit', 'segment'],
    ]),
  )('$header is $meaning', ({ header, role, kind }) => {
    const column = classifyHeader(header);
    expect({ role: column.role, kind: column.kind }).toEqual({ role, kind });
  });
});

describe('classifyHeader finds the 36-month activity column in every spelling', () => {
  it.each([
    ['Transactedinthelast36months', 'primary'],
    ['TransactedInTheLast36months', 'primary'],
    ['Transacted in the last 36 months', 'primary'],
    ['TRANSACTED_IN_THE_LAST_36_MONTHS', 'primary'],
    ['Has_Transacted_Product', 'successor'],
    ['Has Transacted Product', 'successor'],
  ])('%j is recent activity (%s)', (header, recency) => {
    expect(classifyHeader(header)).toMatchObject({
      role: 'activity',
      kind: 'recentActivity',
      recency,
    });
  });
});

describe('classifyHeader reads revenue columns', () => {
  it.each(
    table([
      ['Revenue Potential', 'revenue', 'revenuePotential'],
      ['RevenuePotential', 'revenue', 'revenuePotential'],
      ['Azure Revenue Potential', 'revenue', 'revenuePotential'],
      ['Azure_Revenue_Potential', 'revenue', 'revenuePotential'],
      ['Potential Revenue (USD)', 'revenue', 'revenuePotential'],
      ['Whitespace Revenue', 'revenue', 'revenuePotential'],
      ['Potential', 'revenue', 'revenuePotential'],
      ['Expiring Revenue', 'revenue', 'expiringRevenue'],
      ['ExpiringRevenue', 'revenue', 'expiringRevenue'],
      ['Annual Revenue', 'revenue'],
    ]),
  )('$header is $meaning', ({ header, role, kind }) => {
    const column = classifyHeader(header);
    expect(column).toMatchObject({ role });
    expect(column.kind).toBe(kind);
  });

  it('does not read a "High Potential" label as revenue potential', () => {
    expect(classifyHeader('High Potential').kind).toBeUndefined();
  });
});

describe('classifyHeader sorts flag columns into ownership, competitive and licensing', () => {
  it.each(
    table([
      ['Has Azure', 'ownership'],
      ['HasD365', 'ownership'],
      ['Has_M365', 'ownership'],
      ['Has Google', 'competitive'],
      ['HasAWS', 'competitive'],
      ['Has_Compete', 'competitive'],
      ['Has Compete', 'competitive'],
      ['Has EA', 'licensing'],
      ['HasOpen', 'licensing'],
    ]),
  )('$header is $role', ({ header, role }) => {
    expect(classifyHeader(header).role).toBe(role);
  });
});

describe('classifyHeader recognises renewal columns', () => {
  it.each(
    table([
      ['Agreement End Date', 'renewal', 'agreementEndDate'],
      ['AgreementEndDate', 'renewal', 'agreementEndDate'],
      ['Expiration Type', 'renewal'],
      ['License Program', 'renewal'],
      ['RevSumDivisionName', 'renewal'],
      ['WindowsServerDataCenter_HasOpenRenewal', 'renewal'],
      ['DynamicsOnPremAXorCRM_HasOpenRenewal', 'renewal'],
      ['MW CSP Annual Renewal', 'renewal'],
      ['Has_MW_CSP_Annual_Renewal', 'renewal'],
    ]),
  )('$header is $meaning', ({ header, role, kind }) => {
    const column = classifyHeader(header);
    expect(column.role).toBe(role);
    expect(column.kind).toBe(kind);
  });
});

describe('classifyHeader splits product score columns', () => {
  it.each([
    ['AzureCluster', 'cluster', 'Azure'],
    ['Azure Cluster', 'cluster', 'Azure'],
    ['azurefit', 'fit', 'azure'],
    ['AZUREINTENT', 'intent', 'AZURE'],
    ['D365BCCluster', 'cluster', 'D365BC'],
    ['D365 F&O Cluster', 'cluster', 'D365 F&O'],
    ['D365 Finance + Operations Cluster', 'cluster', 'D365 Finance + Operations'],
    ['M365_CoPilot_Cluster', 'cluster', 'M365_CoPilot'],
    ['M365_CoPilot_Fit', 'fit', 'M365_CoPilot'],
    ['Copilot Fit', 'fit', 'Copilot'],
    ['PowerAppsCluster', 'cluster', 'PowerApps'],
    ['D365SPCluster', 'cluster', 'D365SP'],
    ['SecurityCluster', 'cluster', 'Security'],
    ['Surface Intent', 'intent', 'Surface'],
    ['Microsoft 365 Cluster', 'cluster', 'Microsoft 365'],
    ['CustomerFit', 'fit', 'Customer'],
    ['D365_BC_Cluster', 'cluster', 'D365_BC'],
  ])('%j is the %s of %j', (header, part, product) => {
    expect(classifyHeader(header)).toMatchObject({ role: part, part, product });
  });

  it.each(['IsNonProfit', 'Benefit', 'PROFIT', 'Fit', 'Cluster'])(
    '%j is not a product score column',
    (header) => {
      expect(splitProductHeader(header)).toBeUndefined();
      expect(['fit', 'intent', 'cluster']).not.toContain(classifyHeader(header).role);
    },
  );

  it('gives the folded product name so differently spelled columns pair up', () => {
    expect(splitProductHeader('Surface Intent')?.key).toBe(splitProductHeader('SurfaceFit')?.key);
  });
});

describe('classifyHeader recognises solution plays (cohorts)', () => {
  it.each([
    'Migrate - EOS Win Server - EOS Windows Server IB with CLAS Propensity - 5+ Licenses',
    'MigrateEOSWinServerWithCLASPropensityAbove5Licenses',
    'Enable Remote Work - Compete (Zoom) with M365',
    'MW_Transition Customer - Compete Google Workspace',
    'D365_Quickbooks Customers with No BC',
    'Azure_Modernize VDI to AVD: RDS IB',
  ])('documented play %j is a cohort', (header) => {
    expect(classifyHeader(header).role).toBe('cohort');
  });

  it.each([
    ['Azure_Migrate SAP to Azure FY26', 'Azure_'],
    ['MW_Copilot Ready Tenants', 'MW_'],
    ['D365_Sales Copilot Upsell', 'D365_'],
    ['Security_Defender for Business Attach', 'Security_'],
    ['Surface_Windows 10 EOS Refresh', 'Surface_'],
    ['BizApps_Power Platform Expansion', 'BizApps_'],
    ['security_entra id p1 gap', 'security_'],
    ['Azure_Migrate to AKS Cluster', 'Azure_'],
  ])('newer play %j is a cohort with prefix %j', (header, playPrefix) => {
    expect(classifyHeader(header)).toMatchObject({ role: 'cohort', playPrefix });
  });

  it.each(['M365_Paid_Seat_Range', 'Notes', 'Azure Consumption Trend'])(
    '%j is not a play',
    (header) => {
      expect(classifyHeader(header).role).not.toBe('cohort');
    },
  );
});

describe('classifyHeader keeps descriptive columns as other', () => {
  it.each([
    'AzureUpsellCustomer',
    'Microsoft365UpsellCustomer',
    'FY24 Offers',
    'FY26 Offers',
    'Win Server Standard Version',
    'NumberofExistingWorkloads',
    'Notes',
  ])('%j is other', (header) => {
    expect(classifyHeader(header).role).toBe('other');
  });

  it('marks only columns no rule recognised as unknown', () => {
    expect(classifyHeader('Notes').source).toBe('unknown');
    expect(classifyHeader('AzureUpsellCustomer').source).not.toBe('unknown');
  });
});
