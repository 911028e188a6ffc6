// A counter the grid subscribes to: the Office mock bumps it after every Excel.run, and React
// re-renders the grid from the host when it changes.

export interface ChangeSignal {
  version(): number;
  notify(): void;
  subscribe(listener: () => void): () => void;
}

export function createChangeSignal(): ChangeSignal {
  let version = 0;
  const listeners = new Set<() => void>();
  return {
    version: () => version,
    notify() {
      version += 1;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
