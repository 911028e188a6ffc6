// The CSV parser the pane gives the adapter: the parse worker when it starts, else core's
// reader in the pane's own thread (slower for large files, but the import still works).
//
// The worker module is loaded with import() so that an environment that cannot load it (a
// test runner without ES modules, a WebView without workers) falls back instead of failing to
// start the pane; webpack's eager mode keeps it in the main bundle.

import { parseInProcess } from '../excel/parse-report-file';
import type { CsvParser } from '../excel/types';
import type { Logger } from './logger';
import { workerParser } from './parse-worker-client';

export async function paneParser(logger: Logger): Promise<CsvParser> {
  try {
    const { spawnParseWorker } = await import(/* webpackMode: "eager" */ './spawn-parse-worker');
    return workerParser(spawnParseWorker());
  } catch (error) {
    logger.warn('the parse worker did not start; files are parsed in the pane', error);
    return parseInProcess;
  }
}
