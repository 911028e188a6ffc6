// Errors shaped like OfficeExtension.Error, which `context.sync()` rejects with in Office.js:
// a `code` from Excel.ErrorCodes / OfficeExtension.ErrorCodes, a message and debug info.

/** Codes the host raises; the strings are Excel's own. */
export type HostErrorCode =
  | 'AccessDenied'
  | 'ApiNotFound'
  | 'GeneralException'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'InvalidObjectPath'
  | 'InvalidReference'
  | 'InvalidRequestContext'
  | 'ItemAlreadyExists'
  | 'ItemNotFound'
  | 'MergedRangeConflict'
  | 'NotImplemented'
  | 'PropertyNotLoaded'
  | 'RangeExceedsLimit'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded'
  | 'UnsupportedOperation'
  | 'ValueNotLoaded';

// Paraphrases of the descriptions in Microsoft's "Excel JavaScript API error codes" table.
const DEFAULT_MESSAGES: Record<HostErrorCode, string> = {
  AccessDenied: 'You cannot perform the requested operation.',
  ApiNotFound:
    'The API you are trying to use could not be found. It may be available in a newer ' +
    'version of Excel.',
  GeneralException: 'There was an internal error while processing the request.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  InvalidOperation: 'The operation attempted is invalid on the object.',
  InvalidObjectPath: 'The object path is not valid for what you are trying to do.',
  InvalidReference: 'This reference is not valid for the current operation.',
  InvalidRequestContext: 'Cannot use the object across different request contexts.',
  ItemAlreadyExists: 'The resource being created already exists.',
  ItemNotFound: 'The requested resource does not exist.',
  MergedRangeConflict: 'Cannot complete the operation. A table cannot overlap with another table.',
  NotImplemented: 'The requested feature is not implemented by the in-memory Excel host.',
  PropertyNotLoaded:
    'The property is not available. Before reading the property value, call the load method ' +
    'on the containing object and call "context.sync()" on the associated request context.',
  RangeExceedsLimit: 'The cell count in the range has exceeded the maximum supported number.',
  RequestPayloadSizeLimitExceeded: 'The request payload size has exceeded the limit.',
  ResponsePayloadSizeLimitExceeded: 'The response payload size has exceeded the limit.',
  UnsupportedOperation: 'The operation being attempted is not supported.',
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value ' +
    'property, call "context.sync()" on the associated request context.',
};

export interface HostDebugInfo {
  code: string;
  message: string;
  /** Which queued statement failed, e.g. "Range.sort.apply". */
  errorLocation?: string;
  statement?: string;
}

/** The error every failing `sync()` (and every early property read) produces. */
export class HostError extends Error {
  readonly code: HostErrorCode;
  readonly debugInfo: HostDebugInfo;
  readonly traceMessages: string[] = [];
  innerError: HostError | null = null;

  constructor(code: HostErrorCode, message?: string, errorLocation?: string) {
    super(message ?? DEFAULT_MESSAGES[code]);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message: this.message, errorLocation, statement: errorLocation };
  }
}

export function hostError(code: HostErrorCode, detail?: string): HostError {
  const base = DEFAULT_MESSAGES[code];
  return new HostError(code, detail === undefined ? base : `${base} ${detail}`);
}

/** True when `error` is a host error with the given code (handy in tests). */
export function isHostError(error: unknown, code?: HostErrorCode): error is HostError {
  return error instanceof HostError && (code === undefined || error.code === code);
}
