import { ApiError, errorMessage } from '../api/api-error';

/** The parts of a Mantine form that server errors are written into. */
export interface ErrorTarget {
  values: object;
  setFieldError(path: string, error: string): void;
}

/** `contacts[3].email` → `contacts.3.email`, the path form libraries use. */
export function formPathOf(field: string): string {
  return field.replace(/\[(\d+)\]/g, '.$1');
}

/**
 * Puts an API error next to the input it names. Returns the words to show above the form when
 * the error is not about one of the form's own inputs (or null when it was placed on one).
 * `prefix` places errors of a nested request, e.g. `people.2.` for the third new person.
 */
export function showApiError(form: ErrorTarget, error: unknown, prefix = ''): string | null {
  if (error instanceof ApiError && error.field !== undefined) {
    const path = prefix + formPathOf(error.field);
    const root = path.split('.')[0] ?? path;
    if (root in form.values) {
      // Lists show one message for the whole input, so the root carries it too.
      if (path !== root) form.setFieldError(root, error.message);
      form.setFieldError(path, error.fieldMessage);
      return null;
    }
  }
  return errorMessage(error);
}

/**
 * Moves the focus to the first input of the form that shows an error, in reading order, once
 * the errors are on screen: the person lands on what to fix instead of hunting for it.
 */
export function focusFirstInvalid(form: HTMLFormElement | null, framesLeft = 10): void {
  // The errors render a frame or two after they are set; wait for them, briefly.
  requestAnimationFrame(() => {
    const invalid = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (invalid) invalid.focus();
    else if (framesLeft > 0) focusFirstInvalid(form, framesLeft - 1);
  });
}
