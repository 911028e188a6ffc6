// Timing and memory for the benchmark: wall time per run, and the process's memory right after
// each run, while the run's result is still alive.

import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// The garbage of one run must not be collected on the next run's clock, so each run starts
// from a collected heap. `npm run bench` starts Node without --expose-gc; the flag can still be
// set at run time, and a new context then sees the `gc` function.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

export interface Sample {
  ms: number;
  rssBytes: number;
  heapBytes: number;
}

/** Runs `work` once; `keep` receives its result so that memory is read before it is dropped. */
export function measure<T>(work: () => T, keep: (result: T) => void): Sample {
  collectGarbage();
  const start = performance.now();
  const result = work();
  const ms = performance.now() - start;
  const { rss, heapUsed } = process.memoryUsage();
  keep(result);
  return { ms, rssBytes: rss, heapBytes: heapUsed };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}
