// The adapter runs in the task pane's thread, so a long loop there freezes the pane (and Office
// restarts an add-in that stays unresponsive for 5 seconds). Long loops over the rows therefore
// give the event loop a turn whenever they have run for a moment.

/** Longest stretch a loop runs before it lets the pane handle clicks and repaint. */
export const TURN_MS = 50;

export type TakeTurn = () => Promise<void>;

/** A function to await between steps of a long loop; it yields only once `ms` have passed. */
export function turnTaker(ms: number = TURN_MS): TakeTurn {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < ms) return;
    await giveTurn();
    since = performance.now();
  };
}

/** Lets the pane have a turn now, before a step that runs long by itself. */
export function giveTurn(): Promise<void> {
  return new Promise<void>((resolve) => setTimeout(resolve, 0));
}
