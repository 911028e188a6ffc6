import { columnsNeeded } from '../../src/core/columns-needed';
import {
  accountName,
  agreementEnd,
  cohort,
  competitive,
  expiringRevenue,
  firmographic,
  id,
  makeProfile,
  other,
  ownership,
  recent,
  revenue,
  triplet,
} from './profile-builders';

const profile = makeProfile('azure', [
  other('MPNID'), // 0
  id('CustomerID'), // 1
  accountName('AccountName'), // 2
  firmographic('City'), // 3
  firmographic('Industry'), // 4
  cohort('Azure_Modernize VDI to AVD'), // 5
  other('Win Server Standard Version'), // 6
  ...triplet('Azure'), // 7, 8, 9
  ownership('Has Azure'), // 10
  competitive('HasAWS'), // 11
  other('HasEA'), // 12
  recent('Transactedinthelast36months'), // 13
  revenue('Revenue Potential'), // 14
  agreementEnd('Agreement End Date'), // 15
  expiringRevenue('Expiring Revenue'), // 16
]);

describe('columnsNeeded', () => {
  it('lists every column core reads for a plan and a summary, ascending', () => {
    expect(columnsNeeded(profile)).toEqual([1, 2, 5, 7, 8, 9, 10, 11, 13, 14, 15, 16]);
  });

  it('adds the where-filter columns and chosen cluster columns', () => {
    const needed = columnsNeeded(profile, {
      where: [{ column: 'industry', value: 'Retail' }],
      clusterColumns: ['AzureCluster'],
    });
    expect(needed).toEqual([1, 2, 4, 5, 7, 8, 9, 10, 11, 13, 14, 15, 16]);
  });

  it('does not read a chosen cluster column that is not a cluster column', () => {
    expect(columnsNeeded(profile, { clusterColumns: ['MPNID'] })).not.toContain(0);
  });

  it('leaves out columns core never reads (partner, firmographics, licensing)', () => {
    const needed = columnsNeeded(profile);
    for (const unused of [0, 3, 4, 6, 12]) expect(needed).not.toContain(unused);
  });

  it('ignores criteria naming columns the report lacks', () => {
    expect(columnsNeeded(profile, { cohorts: ['Azure_SAP'] })).toEqual(columnsNeeded(profile));
  });
});
