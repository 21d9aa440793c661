import { useCallback, useEffect, useRef, useState } from 'react';

export type SaveState =
  { status: 'idle' | 'saving' | 'saved' } | { status: 'failed'; error: unknown };

/**
 * Saves changes a short while after the last one, and at once when asked (before sending) or
 * when the page is left, so nothing typed is lost and the server is not called per keystroke.
 */
export function useAutosave<T extends object>(save: (patch: T) => Promise<unknown>, delayMs = 700) {
  const pending = useRef<Partial<T> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveRef = useRef(save);
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const patch = pending.current;
    if (!patch) return;
    pending.current = null;
    setState({ status: 'saving' });
    try {
      await saveRef.current(patch as T);
      setState({ status: 'saved' });
    } catch (error) {
      setState({ status: 'failed', error });
      throw error;
    }
  }, []);

  const queue = useCallback(
    (patch: Partial<T>) => {
      pending.current = { ...pending.current, ...patch };
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush().catch(() => undefined), delayMs);
    },
    [flush, delayMs],
  );

  useEffect(
    () => () => {
      void flush().catch(() => undefined);
    },
    [flush],
  );

  return { queue, flush, state };
}
