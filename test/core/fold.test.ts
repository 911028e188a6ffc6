import { foldKey, foldText } from '../../src/core/fold';

describe('foldKey', () => {
  it.each([
    ['MPN ID', 'mpnid'],
    ['MPNID', 'mpnid'],
    ['Transacted in the last 36 months', 'transactedinthelast36months'],
    ['M365_CoPilot_Cluster', 'm365copilotcluster'],
    ['Ação  Já', 'acaoja'],
  ])('folds %j to %j', (header, key) => {
    expect(foldKey(header)).toBe(key);
  });
});

describe('foldText', () => {
  it('ignores case, accents and surrounding or repeated spaces', () => {
    expect(foldText('  São   Paulo ')).toBe('sao paulo');
    expect(foldText('SAO PAULO')).toBe(foldText('São Paulo'));
  });
});
