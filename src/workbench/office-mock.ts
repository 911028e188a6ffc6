// Office as the workbench pretends it to be: the in-memory Excel host behind `Excel.run`, the
// display language and theme chosen in the address, and no Office.js at all, so the page never
// loads a script from Microsoft's CDN.

import { installOfficeGlobals, type ExcelHost } from '../../test/excel-host';
import type { ThemeKind } from '../taskpane/office-start';

/** Office's theme colours per theme; the pane tells light from dark by the body background. */
const OFFICE_THEMES: Record<ThemeKind, Record<string, string>> = {
  light: {
    bodyBackgroundColor: '#FFFFFF',
    bodyForegroundColor: '#242424',
    controlBackgroundColor: '#FFFFFF',
    controlForegroundColor: '#242424',
  },
  dark: {
    bodyBackgroundColor: '#292929',
    bodyForegroundColor: '#FFFFFF',
    controlBackgroundColor: '#3B3B3B',
    controlForegroundColor: '#FFFFFF',
  },
};

interface MockedGlobals {
  Office: { context: Record<string, unknown> };
  Excel: { run: ExcelHost['run'] };
}

type AnyRun = (...args: unknown[]) => Promise<unknown>;

/**
 * Installs the Office and Excel globals over `host`. `onRun` is called after every Excel.run,
 * finished or failed, which is when the sheet a user would see may have changed. Returns a
 * function that puts the previous globals back.
 */
export function installOfficeMock(
  host: ExcelHost,
  displayLanguage: string,
  theme: ThemeKind,
  onRun: () => void,
): () => void {
  const restore = installOfficeGlobals(host);
  const scope = globalThis as unknown as MockedGlobals;
  Object.assign(scope.Office.context, {
    displayLanguage,
    officeTheme: { ...OFFICE_THEMES[theme] },
  });

  const run = host.run.bind(host) as AnyRun;
  const watched: AnyRun = async (...args) => {
    try {
      return await run(...args);
    } finally {
      onRun();
    }
  };
  scope.Excel.run = watched as ExcelHost['run'];
  return restore;
}
