import { createContext, useContext } from 'react';

/** Opens the "add an application" dialog from any page (the `n` shortcut does the same). */
export const QuickAddContext = createContext<() => void>(() => undefined);

export function useQuickAdd(): () => void {
  return useContext(QuickAddContext);
}
