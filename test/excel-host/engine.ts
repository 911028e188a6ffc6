// The shared state behind every request context of one simulated workbook: the document, the
// limits Excel enforces, the requirement sets it supports and the round-trip counters.

import type { WorkbookModel } from './model';
import type { RequirementSets } from './requirements';
import type { HostStats } from './stats';

export interface HostLimits {
  /** Excel on the web rejects a request whose payload is over 5 MB. */
  requestBytes: number;
  /** ... and a response over 5 MB. */
  responseBytes: number;
  /** A single range read is capped at 5,000,000 cells on every platform. */
  cellsPerRead: number;
}

export const EXCEL_ON_THE_WEB_LIMITS: Readonly<HostLimits> = {
  requestBytes: 5 * 1024 * 1024,
  responseBytes: 5 * 1024 * 1024,
  cellsPerRead: 5_000_000,
};

/** Web and desktop differ in a few documented places (e.g. Note.visible is web-unsupported). */
export type HostPlatform = 'web' | 'desktop';

export interface HostEngine {
  workbook: WorkbookModel;
  limits: HostLimits;
  sets: RequirementSets;
  platform: HostPlatform;
  authorName: string;
  stats: HostStats;
}

/** What an executed operation reports back to the request that carried it. */
export interface Outcome {
  /** Data travelling back to the add-in (counted as response bytes). */
  response?: unknown;
  cellsRead?: number;
  cellsWritten?: number;
  /** Applied only when the whole request succeeded, as loaded values arrive only then. */
  commit?: () => void;
}
