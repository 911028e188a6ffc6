// One operation's progress reporting and cancellation, handed to every step that syncs.

import { checkSignal } from './adapter-error';
import type { WorkOptions, WorkStage } from './types';

export interface WorkControl {
  /** Throws a `cancelled` AdapterError once the user has cancelled. */
  check(): void;
  progress(stage: WorkStage, done: number, total: number): void;
}

export function workControl(options: Pick<WorkOptions, 'signal' | 'onProgress'>): WorkControl {
  return {
    check: () => checkSignal(options.signal),
    progress: (stage, done, total) => options.onProgress?.({ stage, done, total }),
  };
}

/** A control that neither reports nor cancels, for undoing steps after a failure. */
export const UNSTOPPABLE: WorkControl = { check: () => undefined, progress: () => undefined };
