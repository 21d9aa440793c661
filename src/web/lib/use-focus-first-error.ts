import { useCallback, useRef } from 'react';
import { focusFirstInvalid } from './form-errors';

/**
 * A ref for a form and a function that moves the focus to its first input showing an error:
 * pass the function as `form.onSubmit`'s second argument (the check failed) and call it after
 * putting a server's error on an input.
 */
export function useFocusFirstError() {
  const ref = useRef<HTMLFormElement>(null);
  const focus = useCallback(() => focusFirstInvalid(ref.current), []);
  return [ref, focus] as const;
}
