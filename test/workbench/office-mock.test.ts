// Office as the workbench mocks it: language and theme from the address, the host behind
// Excel.run, and a signal after every run so the grid can draw the sheet again.

import { paneLanguage, themeFromBackground } from '../../src/taskpane/office-start';
import { createChangeSignal } from '../../src/workbench/change-signal';
import { installOfficeMock } from '../../src/workbench/office-mock';
import { createWorkbook } from '../excel-host';

interface Mocked {
  Office: { context: { displayLanguage: string; officeTheme: { bodyBackgroundColor: string } } };
  Excel: { run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> };
}

const scope = globalThis as unknown as Partial<Mocked>;

describe('office mock', () => {
  it.each([
    ['pt-BR', 'dark', 'pt-BR'],
    ['en-US', 'light', 'en'],
    ['es-ES', 'dark', 'en'],
  ] as const)('reports %s and the %s theme as the pane reads them', (lang, theme, paneLang) => {
    const restore = installOfficeMock(createWorkbook(), lang, theme, () => undefined);
    try {
      const context = (scope as Mocked).Office.context;
      expect(paneLanguage(context.displayLanguage, 'en-US')).toBe(paneLang);
      expect(themeFromBackground(context.officeTheme.bodyBackgroundColor)).toBe(theme);
    } finally {
      restore();
    }
  });

  it('signals after every Excel.run, one that fails included', async () => {
    const host = createWorkbook({ sheets: [{ name: 'Report', rows: [['a']] }] });
    const changes = createChangeSignal();
    const seen: number[] = [];
    changes.subscribe(() => seen.push(changes.version()));
    const restore = installOfficeMock(host, 'en-US', 'light', changes.notify);
    try {
      const { Excel: excel } = scope as Mocked;
      await excel.run(async (context) => {
        context.workbook.worksheets.getItem('Report').getRange('B1').values = [['b']];
      });
      const failing = excel.run(async (context) => {
        context.workbook.worksheets.getItem('Missing').getRange('A1').values = [['x']];
      });

      await expect(failing).rejects.toThrow();
      expect(seen).toEqual([1, 2]);
    } finally {
      restore();
    }
  });

  it('puts the globals back as they were', () => {
    const restore = installOfficeMock(createWorkbook(), 'en-US', 'light', () => undefined);
    restore();
    expect(scope.Office).toBeUndefined();
    expect(scope.Excel).toBeUndefined();
  });
});

describe('change signal', () => {
  it('stops calling a listener once it unsubscribed', () => {
    const changes = createChangeSignal();
    let calls = 0;
    const unsubscribe = changes.subscribe(() => (calls += 1));
    changes.notify();
    unsubscribe();
    changes.notify();
    expect({ calls, version: changes.version() }).toEqual({ calls: 1, version: 2 });
  });
});
