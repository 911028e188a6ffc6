// Open report file… and Split into columns: both parse CSV text with core's reader (through the
// parser the host gives: a web worker in the task pane) and import it into a new worksheet.
// Each is one Excel.run for the import, plus one more to delete the new sheet when the import
// is cancelled or fails.

import type { Lang, Problem, Result } from '../core/types';
import { formatProblem, t } from '../i18n';
import { AdapterError, excelCode, toFailure } from './adapter-error';
import { readColumnA } from './column-a-lines';
import { importParsed, removeImportedSheet, type ImportJournal } from './import-report';
import { locateReport } from './locate-report';
import { chooseStateStore, type IsSetSupported } from './state-store';
import type {
  AdapterFailure,
  AdapterResult,
  CsvInput,
  CsvParser,
  ExcelRun,
  ImportResult,
  ParsedCsv,
  ReportFileActions,
  WorkOptions,
} from './types';
import { workControl, type WorkControl } from './work-control';

export interface FileActionsEnv {
  parseCsv: CsvParser;
  isSetSupported: IsSetSupported;
}

export function reportFileActions(run: ExcelRun, env: FileActionsEnv): Required<ReportFileActions> {
  /** Parses, then imports; the parsed rows are let go of either way. */
  async function parseAndImport(
    input: CsvInput,
    lang: Lang,
    work: WorkControl,
  ): Promise<AdapterResult<ImportResult>> {
    work.progress('read', 0, 0);
    let parsed: Result<ParsedCsv>;
    try {
      parsed = await env.parseCsv(input);
    } catch (error) {
      const code = error instanceof Error ? error.name : 'Error';
      return { ok: false, code, message: t(lang, 'excel.import.parseFailed', { code }) };
    }
    if (!parsed.ok) {
      const reason = formatProblem(parsed.error, lang);
      return {
        ok: false,
        code: 'file-unreadable',
        message: t(lang, 'excel.error.fileUnreadable', { reason }),
      };
    }
    try {
      return await importInto(parsed.value, input.fileName, lang, work);
    } finally {
      parsed.value.close();
    }
  }

  async function importInto(
    parsed: ParsedCsv,
    fileName: string,
    lang: Lang,
    work: WorkControl,
  ): Promise<AdapterResult<ImportResult>> {
    const journal: ImportJournal = {};
    try {
      work.check();
      const value = await run((context) => importParsed(context, parsed, fileName, work, journal));
      return { ok: true, value, notices: importNotices(parsed.warnings, value, lang) };
    } catch (error) {
      let undone = true;
      try {
        await run((context) => removeImportedSheet(context, journal));
      } catch {
        undone = false;
      }
      return importFailure(error, lang, undone ? undefined : journal.sheetName);
    }
  }

  return {
    openReportFile: (input, options: WorkOptions) =>
      parseAndImport(input, options.lang, workControl(options)),

    async splitColumnA(options: WorkOptions): Promise<AdapterResult<ImportResult>> {
      const work = workControl(options);
      let input: CsvInput;
      try {
        input = await run(async (context) => {
          const store = chooseStateStore(env.isSetSupported);
          const facts = await locateReport(context, store, false);
          const text = await readColumnA(context, facts, work);
          return { fileName: facts.sheetName, text };
        });
      } catch (error) {
        return toFailure(error, options.lang, 'read');
      }
      return parseAndImport(input, options.lang, work);
    },
  };
}

/** What the user is told; `leftOver` names a new sheet that could not be deleted. */
function importFailure(error: unknown, lang: Lang, leftOver: string | undefined): AdapterFailure {
  const code = excelCode(error) ?? (error instanceof AdapterError ? error.code : 'Error');
  if (leftOver !== undefined) {
    return {
      ok: false,
      code: 'undo-failed',
      message: t(lang, 'excel.import.undoFailed', { code, sheet: leftOver }),
    };
  }
  if (error instanceof AdapterError && error.code === 'cancelled') {
    return { ok: false, code: 'cancelled', message: t(lang, 'excel.import.cancelled') };
  }
  if (error instanceof AdapterError || code === 'AccessDenied' || code === 'ApiNotFound') {
    return toFailure(error, lang, 'read');
  }
  return { ok: false, code, message: t(lang, 'excel.import.failed', { code }) };
}

/** The reader's warnings (title lines skipped, ragged rows) and a missing table, as notices. */
function importNotices(warnings: readonly Problem[], result: ImportResult, lang: Lang): string[] {
  const notices = warnings.map((warning) => formatProblem(warning, lang));
  if (!result.table) notices.push(t(lang, 'excel.import.noTable'));
  return notices;
}
