/** @jest-environment jsdom */
// The entry point in a page: once Office is ready it shows the pane in Office's display
// language and theme, reading the active sheet through the Excel adapter.

import { webDarkTheme } from '@fluentui/react-components';
import { configure, screen } from '@testing-library/react';
import { TextDecoder as NodeTextDecoder } from 'util';
import { installOfficeGlobals } from '../excel-host';
import { loadSample, SAMPLES } from '../excel/report-fixtures';

// jsdom leaves out TextDecoder, which reading a sample file uses; Node's has the same API.
if (typeof globalThis.TextDecoder === 'undefined') {
  Object.assign(globalThis, { TextDecoder: NodeTextDecoder });
}

// Starting reads a whole sample through the adapter; on a loaded machine that outlasts the
// default one-second wait.
configure({ asyncUtilTimeout: 5000 });

it('starts the pane in Office’s language and theme over the workbook', async () => {
  const loaded = loadSample(SAMPLES.azure);
  const restore = installOfficeGlobals(loaded.host);
  const context = (globalThis as unknown as { Office: { context: Record<string, unknown> } }).Office
    .context;
  context.displayLanguage = 'pt-BR';
  context.officeTheme = { bodyBackgroundColor: '#262626' };
  document.body.innerHTML = '<div id="root"></div>';
  // The entry point renders on its own, as in a browser, not inside Testing Library's act().
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
  try {
    await import('../../src/taskpane/index');

    expect(await screen.findByText(/contas na lista de alvos$/)).toBeTruthy();
    expect(document.documentElement.lang).toBe('pt-BR');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Navegador de Propensão');
    const provider = document.querySelector('.fui-FluentProvider');
    expect(
      provider && getComputedStyle(provider).getPropertyValue('--colorNeutralBackground1').trim(),
    ).toBe(webDarkTheme.colorNeutralBackground1);
  } finally {
    restore();
  }
});
