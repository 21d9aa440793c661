import { withReadableDays } from '../lib/dates';

/** The error body every API route answers with: `{"error":{"code","message","field"}}`. */
interface ErrorBody {
  error?: { code?: unknown; message?: unknown; field?: unknown };
}

/** A failed API call in words a person can act on, with the input it is about when known. */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  /** The request field at fault, e.g. `company` or `contacts[3].email`. */
  readonly field: string | undefined;

  constructor(code: string, message: string, status: number, field?: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.field = field;
  }

  static fromBody(body: unknown, status: number): ApiError {
    const error = (body as ErrorBody | undefined)?.error;
    const message =
      typeof error?.message === 'string' && error.message !== ''
        ? withReadableDays(error.message)
        : `The server answered with an unexpected error (${status}). Nothing was changed; please try again.`;
    const code = typeof error?.code === 'string' ? error.code : 'internal';
    const field = typeof error?.field === 'string' ? error.field : undefined;
    return new ApiError(code, message, status, field);
  }

  static unreachable(cause: unknown): ApiError {
    const error = new ApiError(
      'unreachable',
      'Rebound’s server did not answer. Check that it is still running (npm start), then try again.',
      0,
    );
    error.cause = cause;
    return error;
  }

  /** The message without its `field:` prefix, to show under the input itself. */
  get fieldMessage(): string {
    const prefix = `${this.field}: `;
    const text =
      this.field !== undefined && this.message.startsWith(prefix)
        ? this.message.slice(prefix.length)
        : this.message;
    return text.charAt(0).toUpperCase() + text.slice(1);
  }
}

/** Words for any thrown value: an API error's own message, or a generic one. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error && error.message !== '') return error.message;
  return 'Something went wrong. Nothing was changed; please try again.';
}
