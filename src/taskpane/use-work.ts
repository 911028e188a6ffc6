// Runs one workbook operation at a time for the pane: gives it progress reporting and an abort
// signal, shows progress only when the work takes longer than a moment (a bar that flashes for
// 50 ms is noise), and turns a cancelled or crashed call into an outcome the pane can render.

import { useCallback, useEffect, useRef, useState } from 'react';
import type { AdapterResult, Progress, WorkOptions } from '../excel/types';
import type { Logger } from './logger';

export type WorkKind = 'inspect' | 'choose' | 'apply' | 'explain' | 'reset' | 'import' | 'repair';

export type WorkOutcome<T> =
  | { kind: 'finished'; result: AdapterResult<T> }
  /** The user cancelled and the adapter stopped before finishing: the sheet is unchanged. */
  | { kind: 'cancelled' }
  /** The adapter threw, which its contract says it never does: a bug, logged. */
  | { kind: 'crashed' }
  /** Another operation started before this one ended (or the pane closed): nothing to show. */
  | { kind: 'superseded' };

export interface RunningWork {
  kind: WorkKind;
  progress?: Progress;
  /** True once the work has run longer than the progress delay. */
  shown: boolean;
}

export type WorkCall<T> = (options: Omit<WorkOptions, 'lang'>) => Promise<AdapterResult<T>>;

export interface Work {
  running: RunningWork | undefined;
  run<T>(kind: WorkKind, call: WorkCall<T>): Promise<WorkOutcome<T>>;
  cancel(): void;
}

/** Milliseconds of work before the progress bar appears. */
export const PROGRESS_DELAY_MS = 300;

export function useWork(logger: Logger, progressDelayMs: number = PROGRESS_DELAY_MS): Work {
  const [running, setRunning] = useState<RunningWork | undefined>(undefined);
  const controller = useRef<AbortController | undefined>(undefined);

  // Closing the pane mid-operation stops the operation, which then undoes its steps.
  useEffect(() => () => controller.current?.abort(), []);

  const run = useCallback(
    async <T>(kind: WorkKind, call: WorkCall<T>): Promise<WorkOutcome<T>> => {
      controller.current?.abort();
      const own = new AbortController();
      controller.current = own;
      setRunning({ kind, shown: false });
      const timer = setTimeout(() => {
        if (controller.current !== own) return;
        setRunning((current) => (current === undefined ? current : { ...current, shown: true }));
      }, progressDelayMs);
      const onProgress = (progress: Progress): void => {
        if (controller.current !== own) return;
        logger.debug(`${kind}: ${progress.stage} ${progress.done}/${progress.total}`);
        setRunning((current) => (current === undefined ? current : { ...current, progress }));
      };

      logger.info(`${kind}: started`);
      const outcome = await settle(kind, call, onProgress, own.signal, logger);
      clearTimeout(timer);
      if (controller.current !== own) return { kind: 'superseded' };
      controller.current = undefined;
      setRunning(undefined);
      return outcome;
    },
    [logger, progressDelayMs],
  );

  const cancel = useCallback(() => {
    logger.info('cancel requested');
    controller.current?.abort();
  }, [logger]);

  return { running, run, cancel };
}

/** Calls the adapter and classifies what came back; never throws. */
async function settle<T>(
  kind: WorkKind,
  call: WorkCall<T>,
  onProgress: (progress: Progress) => void,
  signal: AbortSignal,
  logger: Logger,
): Promise<WorkOutcome<T>> {
  try {
    const result = await call({ onProgress, signal });
    if (!result.ok && signal.aborted) {
      logger.info(`${kind}: cancelled`);
      return { kind: 'cancelled' };
    }
    if (result.ok) logger.info(`${kind}: done`);
    else logger.warn(`${kind}: failed with ${result.code}`);
    return { kind: 'finished', result };
  } catch (error) {
    logger.error(`${kind}: the adapter threw`, error);
    return { kind: 'crashed' };
  }
}
