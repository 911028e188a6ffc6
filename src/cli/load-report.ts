// File → decoded text → rows → detected report. Each way this can fail for reasons outside the
// program (a wrong path, an empty download, a spreadsheet saved as .csv, a CRM export) ends here
// with exit code 3 and one line that says what was found and what to do.

import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { decodeText, detectReport, readCsv } from '../core';
import type { Lang, ReadResult, ReportProfile } from '../core';
import { EXIT_BAD_INPUT, stop, type Step } from './exit-codes';
import { MESSAGES } from './messages';

/** V8 cannot hold a string longer than about 512 million characters, so no file can be larger. */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;
/**
 * Heap used per byte of file while targeting, measured on the FY24 Azure layout (a 50 MB file
 * peaks near 575 MB): every cell becomes a JavaScript string, and the workbook writer adds more.
 */
export const HEAP_PER_FILE_BYTE = 12;

export type SizeProblem = { kind: 'too-large' } | { kind: 'needs-memory'; neededBytes: number };

/**
 * Refuses, before reading, a file that cannot fit in a string or in this process's heap; running
 * out of heap would end the process without a word instead of with a message.
 */
export function sizeProblem(bytes: number, heapLimit: number): SizeProblem | undefined {
  if (bytes > MAX_FILE_BYTES) return { kind: 'too-large' };
  const neededBytes = bytes * HEAP_PER_FILE_BYTE;
  return neededBytes > heapLimit ? { kind: 'needs-memory', neededBytes } : undefined;
}

/** Rows a detection looks at to refine roles from value shapes. */
const SAMPLE_ROWS = 50;
/** Columns named in the "not a CloudAscent report" message. */
const COLUMNS_SHOWN = 6;

export interface LoadedReport {
  /** File name without folders: shown to the user and the default name hint. */
  name: string;
  read: ReadResult;
  profile: ReportProfile;
}

function errorCode(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    return String((error as { code: unknown }).code);
  }
  return error instanceof Error ? error.message : String(error);
}

async function readBytes(path: string, lang: Lang): Promise<Step<Uint8Array>> {
  const text = MESSAGES[lang];
  try {
    const info = await stat(path);
    if (info.isDirectory()) return stop(EXIT_BAD_INPUT, text.isDirectory(path));
    const tooBig = sizeProblem(info.size, getHeapStatistics().heap_size_limit);
    if (tooBig?.kind === 'too-large') {
      return stop(EXIT_BAD_INPUT, text.tooLarge(basename(path), info.size, MAX_FILE_BYTES));
    }
    if (tooBig?.kind === 'needs-memory') {
      return stop(EXIT_BAD_INPUT, text.needsMemory(basename(path), info.size, tooBig.neededBytes));
    }
    return { ok: true, value: await readFile(path) };
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') return stop(EXIT_BAD_INPUT, text.notFound(path));
    if (code === 'EISDIR') return stop(EXIT_BAD_INPUT, text.isDirectory(path));
    if (code === 'EACCES' || code === 'EPERM') return stop(EXIT_BAD_INPUT, text.noPermission(path));
    return stop(EXIT_BAD_INPUT, text.unreadable(path, code));
  }
}

function readFailure(code: string, name: string, lang: Lang): Step<never> {
  const text = MESSAGES[lang];
  if (code === 'empty-file') return stop(EXIT_BAD_INPUT, text.emptyFile(name));
  if (code === 'binary-file') return stop(EXIT_BAD_INPUT, text.binaryFile(name));
  return stop(EXIT_BAD_INPUT, text.noHeader(name));
}

function shownColumns(header: readonly string[]): string {
  const shown = header.slice(0, COLUMNS_SHOWN).map((name) => `"${name}"`);
  if (header.length > COLUMNS_SHOWN) shown.push(`+${header.length - COLUMNS_SHOWN}`);
  return shown.join(', ');
}

/** Reads and recognises a report; `nameHint` defaults to the file name. */
export async function loadReport(
  path: string,
  nameHint: string | undefined,
  lang: Lang,
): Promise<Step<LoadedReport>> {
  const name = basename(path);
  const bytes = await readBytes(path, lang);
  if (!bytes.ok) return bytes;
  if (bytes.value.length === 0) return stop(EXIT_BAD_INPUT, MESSAGES[lang].emptyFile(name));

  const read = readCsv(decodeText(bytes.value));
  if (!read.ok) return readFailure(read.error.code, name, lang);

  const { header, rows } = read.value;
  const profile = detectReport(header, {
    nameHint: nameHint ?? name,
    sampleRows: rows.slice(0, SAMPLE_ROWS),
  });
  if (profile.reportType === 'unknown') {
    return stop(EXIT_BAD_INPUT, MESSAGES[lang].notCloudAscent(name, shownColumns(header)));
  }
  return { ok: true, value: { name, read: read.value, profile } };
}
