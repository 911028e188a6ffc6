/** @jest-environment jsdom */
// The workbench grid as a developer sees it: letters and row numbers, the header row, fills,
// the note marker with its note, and a count of the rows not drawn.

import { render, screen, within } from '@testing-library/react';
import { GridView } from '../../src/workbench/grid-view';
import type { GridCell, SheetView } from '../../src/workbench/sheet-view';

const plain = (text: string): GridCell => ({ text, fill: null, bold: false, note: null });

const VIEW: SheetView = {
  sheetName: 'Report',
  columns: [
    { index: 0, letter: 'A' },
    { index: 2, letter: 'C' },
  ],
  header: { number: 1, cells: [plain('AccountName'), plain('AzureCluster')] },
  rows: [
    {
      number: 7,
      cells: [
        { text: 'Contoso', fill: null, bold: false, note: 'Priority 1: Act Now' },
        { text: 'Act Now', fill: '#C6EFCE', bold: false, note: null },
      ],
    },
    { number: 9, cells: [plain('Fabrikam'), plain('Evaluate')] },
  ],
  visibleCount: 5,
  hiddenCount: 20,
};

describe('grid view', () => {
  it('labels columns with the sheet’s letters and rows with the sheet’s numbers', () => {
    render(<GridView view={VIEW} />);
    const grid = screen.getByRole('table', { name: 'Worksheet Report' });
    const headers = within(grid)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    const rows = within(grid)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);

    expect(headers).toEqual(['', 'A', 'C']);
    expect(rows).toEqual(['1', '7', '9']);
  });

  it('fills a cell as its conditional format does and marks a note with its text', () => {
    render(<GridView view={VIEW} />);
    const cluster = screen.getByText('Act Now').closest('td');
    const account = screen.getByText('Contoso').closest('td');

    expect(cluster?.getAttribute('data-fill')).toBe('#C6EFCE');
    expect(cluster?.style.backgroundColor).toBe('rgb(198, 239, 206)');
    expect(account?.getAttribute('title')).toBe('Priority 1: Act Now');
    expect(account?.querySelector('.note')).not.toBeNull();
    expect(screen.getByText('Fabrikam').closest('td')?.querySelector('.note')).toBeNull();
  });

  it('says how many rows are visible, hidden and not drawn', () => {
    render(<GridView view={VIEW} />);
    expect(screen.getByRole('status').textContent).toBe(
      'Report: 5 visible rows below the header, 20 hidden',
    );
    expect(screen.getByText('3 more visible rows not shown')).toBeTruthy();
  });
});
