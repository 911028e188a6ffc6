// How big one request may be. Excel on the web rejects a request or a response over 5 MB, and a
// range read over 5,000,000 cells fails or comes back null on every platform. The adapter aims
// well below both so that an estimate that is a little off still fits.

/** Most bytes one request or response may carry. */
export const MAX_PAYLOAD_BYTES = 4 * 1024 * 1024;

/** Most cells one request may read or write. */
export const MAX_CELLS_PER_REQUEST = 1_000_000;

/**
 * The share of the byte budget a chunk is sized for: rows further down a report can be longer
 * than the rows the estimate was measured on.
 */
export const BUDGET_SHARE = 0.8;

/** Bytes per cell assumed for the first chunk of a read, before any row has been measured. */
export const FIRST_GUESS_BYTES_PER_CELL = 48;
