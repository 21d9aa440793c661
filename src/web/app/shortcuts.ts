import { useEffect, useEffectEvent } from 'react';

export interface Shortcut {
  /** Keys pressed one after the other, e.g. ['g', 't']. */
  keys: readonly string[];
  label: string;
}

export interface ShortcutGroup {
  title: string;
  shortcuts: readonly Shortcut[];
}

/** Every shortcut, as the help overlay lists them. Page shortcuts are handled by their pages. */
export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = [
  {
    title: 'Anywhere',
    shortcuts: [
      { keys: ['g', 't'], label: 'Go to Today' },
      { keys: ['g', 'p'], label: 'Go to the pipeline' },
      { keys: ['g', 'c'], label: 'Go to contacts' },
      { keys: ['g', 'i'], label: 'Go to insights' },
      { keys: ['g', 'r'], label: 'Go to practice (rehearse)' },
      { keys: ['g', 'a'], label: 'Go to reading (articles)' },
      { keys: ['g', 's'], label: 'Go to settings' },
      { keys: ['n'], label: 'Add an application' },
      { keys: ['/'], label: 'Search on this page' },
      { keys: ['d'], label: 'Switch between light and dark' },
      { keys: ['?'], label: 'Show these shortcuts' },
    ],
  },
  {
    title: 'Pipeline',
    shortcuts: [
      { keys: ['v'], label: 'Switch between board and table' },
      { keys: ['c'], label: 'Show or hide closed applications' },
      { keys: ['Space'], label: 'On a card: pick it up, then ← → to move it and Space to drop' },
    ],
  },
  {
    title: 'Practice',
    shortcuts: [
      { keys: ['Space'], label: 'Turn the card to see your answer' },
      { keys: ['1', '2', '3', '4'], label: 'Rate it: again, hard, good, easy' },
      { keys: ['e'], label: 'Write or edit your answer' },
    ],
  },
  {
    title: 'Composer',
    shortcuts: [
      { keys: ['Ctrl', 'Enter'], label: 'Copy the message' },
      { keys: ['F8'], label: 'Jump to the next finding in the text' },
    ],
  },
];

/** Whether a key press is meant for a text field rather than for a shortcut. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** The key as the shortcut table spells it: letters lower-case, `?` and `/` as typed. */
function keyName(event: KeyboardEvent): string {
  return event.key.length === 1 ? event.key.toLowerCase() : event.key;
}

/**
 * Listens for the app-wide shortcuts: single keys and two-key sequences such as `g` then `t`.
 * Keys typed into a field, or pressed with Ctrl, Alt or Cmd, are left alone.
 */
export function useKeySequences(bindings: Record<string, () => void>) {
  const bindingFor = useEffectEvent((sequence: string) => bindings[sequence]);
  const startsSequence = useEffectEvent((prefix: string) =>
    Object.keys(bindings).some((k) => k.startsWith(`${prefix} `)),
  );
  useEffect(() => {
    let pending = '';
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target)) return;
      const key = keyName(event);
      const sequence = pending === '' ? key : `${pending} ${key}`;
      clearTimeout(timer);
      pending = '';
      const action = bindingFor(sequence);
      if (action) {
        // The page's own single-key shortcuts must not also see the second key of "g c".
        event.preventDefault();
        event.stopPropagation();
        action();
        return;
      }
      if (startsSequence(sequence)) {
        pending = sequence;
        timer = setTimeout(() => (pending = ''), 1200);
      }
    };
    // Captured on the way down, before any page-level shortcut handler sees the key.
    window.addEventListener('keydown', onKeyDown, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      clearTimeout(timer);
    };
  }, []);
}
