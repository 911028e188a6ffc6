/** @jest-environment jsdom */
// Starting in Office: waiting for Office.js without hanging, the user's language and theme.

import { paneLanguage, themeFromBackground, waitForOffice } from '../../src/taskpane/office-start';
import type { OfficeLike } from '../../src/taskpane/office-start';

// The enum's values; the Office global itself does not exist outside Office.
const EXCEL = 'Excel' as unknown as Office.HostType;
const WORD = 'Word' as unknown as Office.HostType;

function office(onReady: () => Promise<{ host: Office.HostType | null }>): OfficeLike {
  return { onReady, HostType: { Excel: EXCEL } };
}

describe('waitForOffice', () => {
  it('is ready in Excel', async () => {
    expect(
      await waitForOffice(
        office(async () => ({ host: EXCEL })),
        1000,
      ),
    ).toBe('ready');
  });

  it('tells that the page was opened outside Excel', async () => {
    expect(
      await waitForOffice(
        office(async () => ({ host: null })),
        1000,
      ),
    ).toBe('outside-excel');
    expect(
      await waitForOffice(
        office(async () => ({ host: WORD })),
        1000,
      ),
    ).toBe('outside-excel');
  });

  it('stops waiting when Office.onReady never settles', async () => {
    const never = office(() => new Promise(() => undefined));

    expect(await waitForOffice(never, 20)).toBe('office-unavailable');
  });

  it('reports Office as unavailable when office.js did not load or failed', async () => {
    expect(await waitForOffice(undefined, 20)).toBe('office-unavailable');
    const failing = office(() => Promise.reject(new Error('blocked')));
    expect(await waitForOffice(failing, 1000)).toBe('office-unavailable');
  });
});

describe('paneLanguage', () => {
  it.each([
    ['pt-BR', 'en-US', 'pt-BR'],
    ['pt-PT', 'en-US', 'pt-BR'],
    ['en-GB', 'pt-BR', 'en'],
    ['es-ES', 'pt-BR', 'en'],
    [undefined, 'pt-BR', 'pt-BR'],
    [undefined, 'de-DE', 'en'],
  ])('Office %s with browser %s → %s', (office, browser, expected) => {
    expect(paneLanguage(office, browser)).toBe(expected);
  });
});

describe('themeFromBackground', () => {
  it.each([
    ['#FFFFFF', 'light'],
    ['#E6E6E6', 'light'],
    ['#262626', 'dark'],
    ['#404040', 'dark'],
    ['#000000', 'dark'],
    ['1f1f1f', 'dark'],
    [undefined, 'light'],
    ['not a colour', 'light'],
  ])('a %s pane background is %s', (colour, expected) => {
    expect(themeFromBackground(colour)).toBe(expected);
  });
});
