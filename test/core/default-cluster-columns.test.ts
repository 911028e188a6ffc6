import { defaultClusterColumns } from '../../src/core/default-cluster-columns';
import type { ReportType } from '../../src/core/types';
import { cluster, id, makeProfile } from './profile-builders';

/** Headers of the cluster columns chosen by default, for a report holding `clusters`. */
function defaults(reportType: ReportType, clusters: [header: string, product?: string][]) {
  const profile = makeProfile(reportType, [
    id('CustomerID'),
    ...clusters.map(([header, product]) =>
      product === undefined ? { header, role: 'cluster' as const } : cluster(header, product),
    ),
  ]);
  return defaultClusterColumns(profile).map((index) => profile.columns[index].header);
}

describe('defaultClusterColumns', () => {
  it.each<[string, ReportType, [string, string?][], string[]]>([
    [
      'azure uses its Azure clusters only',
      'azure',
      [
        ['M365Cluster', 'M365'],
        ['AzureCluster', 'Azure'],
        ['Azure_AI_Cluster', 'Azure_AI'],
      ],
      ['AzureCluster', 'Azure_AI_Cluster'],
    ],
    [
      'm365 uses M365, Microsoft 365, Copilot and O365 clusters but not Surface',
      'm365',
      [
        ['M365Cluster', 'M365'],
        ['SurfaceCluster', 'Surface'],
        ['O365Cluster', 'O365'],
        ['M365_CoPilot_Cluster', 'M365_CoPilot'],
        ['Copilot Cluster', 'Copilot'],
        ['Microsoft 365 Cluster', 'Microsoft 365'],
      ],
      [
        'M365Cluster',
        'O365Cluster',
        'M365_CoPilot_Cluster',
        'Copilot Cluster',
        'Microsoft 365 Cluster',
      ],
    ],
    [
      'surface uses only the Surface cluster of the shared M365/Surface layout',
      'surface',
      [
        ['M365Cluster', 'M365'],
        ['SurfaceCluster', 'Surface'],
      ],
      ['SurfaceCluster'],
    ],
    [
      'security uses its Security clusters',
      'security',
      [
        ['SecurityCluster', 'Security'],
        ['M365Cluster', 'M365'],
        ['Security_Defender_Cluster', 'Security_Defender'],
      ],
      ['SecurityCluster', 'Security_Defender_Cluster'],
    ],
    [
      'd365 uses every D365, PowerApps and Dynamics cluster',
      'd365',
      [
        ['D365BCCluster', 'D365BC'],
        ['D365FOCluster', 'D365FO'],
        ['D365SPCluster', 'D365SP'],
        ['PowerAppsCluster', 'PowerApps'],
        ['Dynamics 365 Sales Cluster', 'Dynamics 365 Sales'],
        ['M365Cluster', 'M365'],
      ],
      [
        'D365BCCluster',
        'D365FOCluster',
        'D365SPCluster',
        'PowerAppsCluster',
        'Dynamics 365 Sales Cluster',
      ],
    ],
    [
      'renewals uses every cluster column',
      'renewals',
      [
        ['Azure Cluster', 'Azure'],
        ['D365 F&O Cluster', 'D365 F&O'],
        ['M365 Cluster', 'M365'],
      ],
      ['Azure Cluster', 'D365 F&O Cluster', 'M365 Cluster'],
    ],
    [
      'an unknown report uses every cluster column',
      'unknown',
      [
        ['AzureCluster', 'Azure'],
        ['FabricCluster', 'Fabric'],
      ],
      ['AzureCluster', 'FabricCluster'],
    ],
    [
      'a report whose products all have newer names uses every cluster column',
      'security',
      [
        ['DefenderCluster', 'Defender'],
        ['PurviewCluster', 'Purview'],
      ],
      ['DefenderCluster', 'PurviewCluster'],
    ],
    [
      'a cluster column without a product is matched by its header',
      'azure',
      [['AzureCluster'], ['M365Cluster']],
      ['AzureCluster'],
    ],
    [
      'products are compared folded (case, spaces and underscores do not matter)',
      'm365',
      [
        ['m365 copilot cluster', 'm365 copilot'],
        ['SURFACE CLUSTER', 'SURFACE'],
      ],
      ['m365 copilot cluster'],
    ],
  ])('%s', (_name, reportType, clusters, expected) => {
    expect(defaults(reportType, clusters)).toEqual(expected);
  });

  it('is empty for a report without cluster columns', () => {
    expect(defaults('azure', [])).toEqual([]);
  });

  it('lists columns in file order', () => {
    const profile = makeProfile('renewals', [cluster('B', 'B'), cluster('A', 'A')]);
    profile.columns.reverse();
    expect(defaultClusterColumns(profile)).toEqual([0, 1]);
  });
});
