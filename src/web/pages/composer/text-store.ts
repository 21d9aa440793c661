import { useSyncExternalStore } from 'react';

/**
 * The message text outside React state. The editor writes it on every keystroke; only the few
 * small components that show something derived from it (the counters, whether it is empty)
 * re-render, so typing never re-renders the whole composer.
 */
export interface TextStore {
  get(): string;
  set(text: string): void;
  subscribe(listener: () => void): () => void;
}

export function createTextStore(initial: string): TextStore {
  let text = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => text,
    set(next) {
      if (next === text) return;
      text = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The current text, re-rendering on each change. */
export function useText(store: TextStore): string {
  return useSyncExternalStore(store.subscribe, store.get);
}

/** Whether the text is empty, re-rendering only when that flips. */
export function useIsEmpty(store: TextStore): boolean {
  return useSyncExternalStore(store.subscribe, () => store.get().trim() === '');
}
