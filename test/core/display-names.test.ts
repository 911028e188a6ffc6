import {
  cohortShortName,
  competitorName,
  flagSubject,
  productDisplayName,
} from '../../src/core/display-names';

describe('cohortShortName', () => {
  it.each([
    ['Azure_Migrate and Modernize VMware to Azure', 'Migrate and Modernize VMware to Azure'],
    ['MW_On Prem Acq_Office 2016_2019', 'On Prem Acq/Office 2016/2019'],
    [
      'Azure_Migrate and Modernize to S_4HANA via RISE with SAP',
      'Migrate and Modernize to S/4HANA via RISE with SAP',
    ],
    ['D365_AX Customer, No BC/Finance', 'AX Customer, No BC/Finance'],
    ['Security_Protect Identities', 'Protect Identities'],
    ['Surface_Devices Refresh', 'Devices Refresh'],
    [
      'MigrateEOSWinServerWithCLASPropensityAbove5Licenses',
      'Migrate EOS Win Server With CLAS Propensity Above 5 Licenses',
    ],
    ['Migrate - VMware IB', 'Migrate - VMware IB'],
  ])('shortens %j to %j', (header, name) => {
    expect(cohortShortName(header)).toBe(name);
  });
});

describe('flagSubject and competitorName', () => {
  it.each([
    ['Has Azure', 'Azure'],
    ['HasD365', 'Dynamics 365'],
    ['Has M365', 'Microsoft 365'],
    ['Has_AWS', 'AWS'],
    ['HasGoogle', 'Google'],
  ])('%j is about %j', (header, subject) => {
    expect(flagSubject(header)).toBe(subject);
  });

  it('keeps a word that only starts with “has”', () => {
    expect(flagSubject('Hashicorp Vault')).toBe('Hashicorp Vault');
  });

  it('names no competitor for a generic compete flag', () => {
    expect(competitorName('Has_Compete')).toBe('');
    expect(competitorName('Has Compete')).toBe('');
    expect(competitorName('HasAWS')).toBe('AWS');
  });
});

describe('productDisplayName', () => {
  const info = { index: 0, key: '', role: 'cluster' as const };
  it('shows underscores as spaces', () => {
    expect(
      productDisplayName({ ...info, header: 'M365_CoPilot_Cluster', product: 'M365_CoPilot' }),
    ).toBe('M365 CoPilot');
  });

  it('falls back to the header without its Cluster suffix', () => {
    expect(productDisplayName({ ...info, header: 'D365 F&O Cluster' })).toBe('D365 F&O');
  });
});
