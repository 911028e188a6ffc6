// How big one request may be. Excel on the web rejects a request or a response over 5 MB, and a
// range read over 5,000,000 cells fails or comes back null on every platform. The adapter aims
// well below both so that an estimate that is a little off still fits.

/** Most bytes one request or response may carry. */
export const MAX_PAYLOAD_BYTES = 4 * 1024 * 1024;

/** Most cells one request may read or write. */
export const MAX_CELLS_PER_REQUEST = 1_000_000;

/**
 * The share of the byte budget a read is sized for: rows further down a report can be longer
 * than the rows the estimate was measured on. Chunks are sized from the largest average row
 * seen so far, so a chunk passes the budget only if its rows are 10% longer than any before.
 */
export const BUDGET_SHARE = 0.9;

/**
 * Bytes of values one write may carry. A write's size is known exactly before it is sent, so
 * it can fill the budget but for the request's envelope (object paths, number formats).
 */
export const WRITE_BUDGET_BYTES = MAX_PAYLOAD_BYTES - 64 * 1024;

/** Bytes per cell assumed for the first chunk of a read, before any row has been measured. */
export const FIRST_GUESS_BYTES_PER_CELL = 48;
