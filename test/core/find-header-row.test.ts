import { findHeaderRow, headerScore, isBlankRow } from '../../src/core/find-header-row';

describe('headerScore', () => {
  it.each([
    [['Customer ID', 'Account Name', 'AzureCluster'], 3],
    [['001', 'Contoso', 'Act Now', 'Act Now'], 2],
    [['', '  ', '2026-11-25', '1.234,56', '82'], 0],
    [['City', 'CITY', 'city '], 1],
  ])('counts the distinct name-like cells of %j as %d', (row, score) => {
    expect(headerScore(row)).toBe(score);
  });
});

describe('isBlankRow', () => {
  it.each([
    [[''], true],
    [['', ' ', '\t'], true],
    [[], true],
    [['', 'x'], false],
    [['\u00a0x'], false],
  ])('tells whether %j is blank (%s)', (row, blank) => {
    expect(isBlankRow(row)).toBe(blank);
  });
});

describe('findHeaderRow', () => {
  it.each([
    {
      description: 'the first line when there are no title lines',
      rows: [
        ['Customer ID', 'Name'],
        ['1', 'Contoso'],
      ],
      header: 0,
    },
    {
      description: 'the line after title and blank lines',
      rows: [
        ['CloudAscent - Azure propensity'],
        [''],
        ['Report generated 2026-11-25'],
        ['ID', 'Name', 'City'],
        ['1', 'a', 'b'],
      ],
      header: 3,
    },
    {
      description: 'the header even when a later row holds slightly more text',
      rows: [
        ['ID', 'Name', 'City', 'State', 'Country'],
        ['1', 'a', 'b', 'c', 'd', 'e'],
      ],
      header: 0,
    },
    {
      description: 'nothing when every line is numeric',
      rows: [
        ['1', '2'],
        ['3', '4'],
      ],
      header: undefined,
    },
    {
      description: 'nothing when the header sits after ten non-blank lines',
      rows: [...Array.from({ length: 10 }, () => ['1', '2']), ['ID', 'Name']],
      header: undefined,
    },
  ])('finds $description', ({ rows, header }) => {
    expect(findHeaderRow(rows)).toBe(header);
  });
});
