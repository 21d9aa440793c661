/**
 * The one error type for expected failures. `code` is a closed set so every edge (HTTP, CLI)
 * can map it exhaustively; `message` is written for the user, `detail` is for logs.
 */
export type AppErrorCode =
  | 'validation'
  | 'not_found'
  | 'conflict'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'unauthorized'
  | 'forbidden'
  /** Too many attempts (sign-in, password reset); the message says when to try again. */
  | 'too_many_requests'
  /** The user's mail server refused or could not be reached; the message says which, in words. */
  | 'mail_failed';

export interface AppErrorOptions {
  /** The input field, row or line the error is about, e.g. `company` or `contacts[3].email`. */
  field?: string;
  /** Extra detail for logs; never shown to the user as-is. */
  detail?: string;
  cause?: unknown;
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly field: string | undefined;
  readonly detail: string | undefined;

  constructor(code: AppErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.field = options.field;
    this.detail = options.detail;
  }

  /**
   * Nothing with that id. `field` is where the id came from: the path's `id`, or a body field
   * such as `contactId` that refers to another record.
   */
  static notFound(what: string, id: string, field = 'id'): AppError {
    const message =
      field === 'id' ? `No ${what} with id ${id}.` : `${field}: no ${what} with id ${id}`;
    return new AppError('not_found', message, { field });
  }

  static validation(field: string, message: string): AppError {
    return new AppError('validation', `${field}: ${message}`, { field });
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
