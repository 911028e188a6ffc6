// Failures the user can act on travel as an `AdapterError` (a code and a message key) until the
// adapter turns them into an `AdapterFailure` in the user's language. Errors Excel raises are
// mapped by their code; nothing leaves the adapter as an exception.

import type { Lang } from '../core/types';
import { t, type MessageKey, type MessageParams } from '../i18n';
import type { AdapterFailure } from './types';

export class AdapterError extends Error {
  constructor(
    readonly code: string,
    readonly key: MessageKey,
    readonly params?: MessageParams,
  ) {
    super(code);
    this.name = 'AdapterError';
  }
}

export function cancelled(): AdapterError {
  return new AdapterError('cancelled', 'excel.error.cancelled');
}

/** Throws when the user cancelled; called between syncs, never inside one. */
export function checkSignal(signal: AbortSignal | undefined): void {
  if (signal?.aborted === true) throw cancelled();
}

/** The `code` of an OfficeExtension.Error (or of anything shaped like one). */
export function excelCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

const PAYLOAD_CODES = new Set([
  'RequestPayloadSizeLimitExceeded',
  'ResponsePayloadSizeLimitExceeded',
  'RangeExceedsLimit',
]);

/** Excel refused a request for its size: the same work in smaller pieces may pass. */
export function isPayloadError(error: unknown): boolean {
  return PAYLOAD_CODES.has(excelCode(error) ?? '');
}

/** What the user is told when a step fails; `changed` says whether the sheet was touched. */
export type FailureContext = 'read' | 'undone' | 'undoFailed';

/** The failure to report for any error, in the user's language. */
export function toFailure(error: unknown, lang: Lang, context: FailureContext): AdapterFailure {
  if (error instanceof AdapterError) {
    return { ok: false, code: error.code, message: t(lang, error.key, error.params) };
  }
  const code = excelCode(error) ?? (error instanceof Error ? error.name : 'Error');
  if (code === 'AccessDenied' && context !== 'undoFailed') {
    return { ok: false, code: 'protected', message: t(lang, 'excel.error.protected') };
  }
  if (code === 'ApiNotFound' && context !== 'undoFailed') {
    return { ok: false, code: 'too-old', message: t(lang, 'excel.error.tooOld', { code }) };
  }
  const key: MessageKey =
    context === 'read'
      ? 'excel.error.readFailed'
      : context === 'undone'
        ? 'excel.error.failed'
        : 'excel.error.undoFailed';
  return {
    ok: false,
    code: context === 'undoFailed' ? 'undo-failed' : code,
    message: t(lang, key, { code }),
  };
}
