// Headers of newer downloads, whose exact columns Microsoft has not published. They follow the
// documented conventions (`<Product>Fit/Intent/Cluster`, plays prefixed by area) and add revenue
// potential, which is what newer files are known to carry.

export interface SampleColumn {
  header: string;
  /** Documented role, or `cohort` for a play; other roles are read from the header. */
  role?: string;
}

function columns(headers: readonly string[]): SampleColumn[] {
  return headers.map((header) => ({ header }));
}

function plays(prefix: string, names: readonly string[]): SampleColumn[] {
  return names.map((name) => ({ header: `${prefix}${name}`, role: 'cohort' }));
}

const FIRMOGRAPHICS_FY26 = [
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
  'City',
  'State',
  'PostalCode',
  'Country',
  'Segment',
  'SubSegment',
  'SMECTypeSummary',
  'IsNonprofit',
];

export const AZURE_FY26: SampleColumn[] = [
  ...columns(['PartnerOneID', 'PartnerName', 'CustomerTPID', ...FIRMOGRAPHICS_FY26.slice(3)]),
  ...columns(['FY26 Offers', 'AzureFit', 'AzureIntent', 'AzureCluster']),
  ...columns(['Azure Revenue Potential', 'Has Azure', 'Has M365', 'HasGoogle', 'HasAWS']),
  ...plays('Azure_', [
    'Migrate Windows Server to Azure',
    'Migrate SQL Server to Azure SQL',
    'Modernize Apps with AKS',
    'Innovate with Azure AI Foundry',
    'Build AI Apps with Azure OpenAI',
    'Backup and Disaster Recovery',
    'Virtual Desktop',
  ]),
  ...columns(['NumberofExistingWorkloads', 'Existing Workloads', 'RecommendedWorkloads']),
  ...columns(['Transactedinthelast36months']),
];

export const M365_COPILOT: SampleColumn[] = [
  ...columns(FIRMOGRAPHICS_FY26.filter((header) => !['Area', 'Subsidiary'].includes(header))),
  ...columns(['M365_CoPilot_Fit', 'M365_CoPilot_Intent', 'M365_CoPilot_Cluster']),
  ...columns(['M365Fit', 'M365Intent', 'M365Cluster', 'M365 Revenue Potential']),
  ...columns(['MW CSP Annual Renewal', 'M365_Paid_Seat_Range']),
  ...plays('MW_', [
    'Copilot for Microsoft 365',
    'Teams Phone',
    'Microsoft 365 Business Premium Upsell',
    'Windows 11 Upgrade',
    'Defender for Business',
  ]),
  ...columns(['Has_Transacted_Product', 'Has_Compete', 'HasGoogle']),
];

export const D365_FY26: SampleColumn[] = [
  ...columns(FIRMOGRAPHICS_FY26),
  ...columns(['FY26 Offers', 'D365SPCluster', 'D365SPFit', 'D365SPIntent']),
  ...columns(['D365BCCluster', 'D365BCFit', 'D365BCIntent']),
  ...columns(['PowerAppsCluster', 'PowerAppsFit', 'PowerAppsIntent', 'D365 Revenue Potential']),
  ...plays('D365_', [
    'BC Customers with no D365 Sales',
    'Power Platform Starter',
    'Customer Service Upgrade',
    'Copilot Studio Agents',
  ]),
  ...columns(['HasD365', 'HasM365', 'HasGoogle', 'HasAWS', 'Transactedinthelast36months']),
];

export const SURFACE_FY26: SampleColumn[] = [
  ...columns(['MPN ID', ...FIRMOGRAPHICS_FY26.slice(1).filter((h) => h !== 'IsNonprofit')]),
  ...columns(['SurfaceCluster', 'SurfaceFit', 'SurfaceIntent', 'Surface Revenue Potential']),
  ...plays('Surface_', [
    'Windows 10 End of Support Refresh',
    'Copilot+ PC',
    'Frontline Devices',
    'Hub for Teams Rooms',
  ]),
  ...columns(['Has M365', 'Transacted in the last 36 months']),
];

export const SECURITY_FY26: SampleColumn[] = [
  ...columns(FIRMOGRAPHICS_FY26),
  ...columns(['SecurityFit', 'SecurityIntent', 'SecurityCluster', 'Security Revenue Potential']),
  ...plays('Security_', [
    'Protect Identities with Entra ID P1',
    'Defender for Business',
    'Purview Data Security',
    'Sentinel SIEM Migration',
  ]),
  ...columns(['Has M365', 'Has Azure', 'HasGoogle', 'HasAWS', 'Transactedinthelast36months']),
];

export const RENEWALS_FY26: SampleColumn[] = [
  ...columns(FIRMOGRAPHICS_FY26.filter((header) => !['Area', 'Subsidiary'].includes(header))),
  ...columns(['AzureCluster', 'M365_CoPilot_Cluster', 'D365SPCluster', 'PowerAppsCluster']),
  ...columns(['M365Cluster', 'SecurityCluster', 'License Program', 'Agreement ID']),
  ...columns(['Agreement End Date', 'Expiration Type', 'Expiring Revenue']),
  ...columns(['Renewal Revenue Potential', 'RevSumDivisionName', 'TransactedInTheLast36months']),
];
