// The task pane's entry point: waits for Office (never forever), then shows the pane in
// Office's language and theme over the Excel adapter.

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { createReportAdapter } from '../excel';
import type { ExcelRun } from '../excel/types';
import { App } from './app';
import { logger } from './logger';
import { paneLanguage, themeFromBackground, waitForOffice } from './office-start';
import { paneParser } from './pane-parser';
import { StartMessage } from './start-message';

/** Office's pane background, when this host tells it; reading it must not stop the pane. */
function officeBackground(): string | undefined {
  try {
    return Office.context.officeTheme?.bodyBackgroundColor;
  } catch {
    return undefined;
  }
}

async function start(root: Root): Promise<void> {
  const browserLang = paneLanguage(undefined, navigator.language);
  document.documentElement.lang = browserLang;
  root.render(<StartMessage state="starting" lang={browserLang} />);

  const state = await waitForOffice(typeof Office === 'undefined' ? undefined : Office);
  if (state !== 'ready') {
    logger.warn(`not starting: ${state}`);
    root.render(<StartMessage state={state} lang={browserLang} />);
    return;
  }

  // Office's UI language wins over the browser's once Office has started.
  const lang = paneLanguage(Office.context.displayLanguage, navigator.language);
  const theme = themeFromBackground(officeBackground());
  document.documentElement.lang = lang;
  logger.info(`starting in ${lang} with the ${theme} theme`);

  const run: ExcelRun = (batch) => Excel.run(batch);
  const adapter = createReportAdapter(run, { parseCsv: await paneParser(logger) });
  root.render(
    <StrictMode>
      <App adapter={adapter} lang={lang} theme={theme} />
    </StrictMode>,
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('taskpane.html has no #root element.');
void start(createRoot(container));
