// The workbench's grid as a user sees it, read from the page: the header row, the drawn rows
// with their sheet row numbers, each cell's text, fill and note, and how many rows are counted
// but not drawn.

import type { Page } from 'playwright-core';

export interface SeenCell {
  text: string;
  fill: string | null;
  note: string | null;
}

export interface SeenGrid {
  header: string[];
  rows: { number: number; cells: SeenCell[] }[];
  /** Visible rows below the drawn ones. */
  more: number;
}

export function readGrid(page: Page): Promise<SeenGrid> {
  return page.evaluate(() => {
    const cellOf = (td: Element) => ({
      text: td.querySelector('.text')?.textContent ?? '',
      fill: td.getAttribute('data-fill'),
      note: td.getAttribute('title'),
    });
    const header = [...document.querySelectorAll('.grid thead tr.header-row td')].map(
      (td) => td.querySelector('.text')?.textContent ?? '',
    );
    const rows = [...document.querySelectorAll('.grid tbody tr')].map((tr) => ({
      number: Number(tr.getAttribute('data-row')),
      cells: [...tr.querySelectorAll('td')].map(cellOf),
    }));
    const more = /\d+/.exec(document.querySelector('.grid-more')?.textContent ?? '');
    return { header, rows, more: more === null ? 0 : Number(more[0]) };
  });
}
