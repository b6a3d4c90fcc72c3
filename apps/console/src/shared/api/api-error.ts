/**
 * A refused or failed API call, with the server's own words. Nest answers
 * `{ statusCode, error, message, code? }` where `message` may be a list (validation problems).
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string | null,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** True when trying again later may work (the server or the network was the problem, not the request). */
  get retriable(): boolean {
    return this.status === 0 || this.status >= 500;
  }
}

interface ErrorBody {
  readonly message?: unknown;
  readonly error?: unknown;
  readonly code?: unknown;
}

function isErrorBody(value: unknown): value is ErrorBody {
  return typeof value === 'object' && value !== null;
}

export function apiErrorFrom(status: number, body: unknown, fallback: string): ApiError {
  if (!isErrorBody(body)) return new ApiError(status, fallback, null);
  const message = Array.isArray(body.message) ? body.message.join('; ') : typeof body.message === 'string' ? body.message : fallback;
  const code = typeof body.code === 'string' ? body.code : typeof body.error === 'string' ? body.error : null;
  return new ApiError(status, message, code);
}

/** What to show a person for any failure (an ApiError, a network error, a bug). */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 0) return 'The server cannot be reached. Check your connection and try again.';
    if (error.status === 403) return 'You are not allowed to do this.';
    return error.message;
  }
  return error instanceof Error ? error.message : String(error);
}
