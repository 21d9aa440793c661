import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError, type AppErrorCode } from '../core/app-error';

/** Every expected failure's HTTP status. A new error code without a status fails to compile. */
export const STATUS_BY_CODE: Record<AppErrorCode, ContentfulStatusCode> = {
  validation: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  too_many_requests: 429,
  mail_failed: 502,
};

export interface ErrorBody {
  error: { code: AppErrorCode | 'internal'; message: string; field?: string };
}

export function errorBody(error: AppError): ErrorBody {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(error.field !== undefined && { field: error.field }),
    },
  };
}

export function errorResponse(c: Context, error: AppError) {
  return c.json(errorBody(error), STATUS_BY_CODE[error.code]);
}

export const INTERNAL_ERROR: ErrorBody = {
  error: {
    code: 'internal',
    message: 'Something went wrong on our side; nothing was changed. Please try again.',
  },
};

/** The answer for a path no API route serves. */
export function routeNotFound(c: Context) {
  return c.json(
    errorBody(new AppError('not_found', `No API route ${c.req.method} ${c.req.path}.`)),
    404,
  );
}
