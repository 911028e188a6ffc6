import { closeHeaders } from '../../src/cli/close-headers';

const HEADERS = [
  'CustomerID',
  'Country',
  'City',
  'MW_Teams Phone',
  'MW_Teams Rooms',
  'MW_Teams Essentials',
  'MW_Teams Premium',
  'M365Cluster',
  'M365_CoPilot_Cluster',
];

describe('closeHeaders', () => {
  it.each([
    ['a typo', 'Contry', ['Country']],
    ['part of a header, folded', 'mw teams phon', ['MW_Teams Phone']],
    ['a header with a word missing', 'copilot cluster', ['M365_CoPilot_Cluster']],
    [
      'a prefix many headers share, at most three, closest first',
      'mw teams',
      ['MW_Teams Phone', 'MW_Teams Rooms', 'MW_Teams Premium'],
    ],
    ['nothing alike', 'Nope', []],
    ['text too short to be contained meaningfully', 'M', []],
  ])('finds %s', (_name, typed, expected) => {
    expect(closeHeaders(typed, HEADERS)).toEqual(expected);
  });
});
