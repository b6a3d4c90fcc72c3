import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import type { Response } from 'express';

interface CodedError {
  readonly code?: unknown;
  readonly status?: unknown;
  readonly message: string;
}

const STATUS_BY_CODE: Readonly<Record<string, number>> = {
  STREAM_VERSION_CONFLICT: 409,
  INVALID_ENVELOPE: 400,
  BUS_UNAVAILABLE: 503,
  EVENT_STORE_UNAVAILABLE: 503,
};

/** The HTTP status for a typed error: its own `status`, its `code`'s, or 500. */
export function statusFor(error: CodedError): number {
  if (typeof error.status === 'number' && error.status >= 400 && error.status < 600) return error.status;
  if (typeof error.code === 'string' && STATUS_BY_CODE[error.code]) return STATUS_BY_CODE[error.code] as number;
  return 500;
}

/**
 * Maps typed domain and infrastructure errors to HTTP once, at the edge. Unknown errors become a
 * 500 with no internals in the body, and are logged.
 */
@Catch()
export class ErrorMappingFilter implements ExceptionFilter {
  private readonly logger = new Logger('Http');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const response = host.switchToHttp().getResponse<Response>();
    if (exception instanceof HttpException) {
      const body = exception.getResponse();
      response.status(exception.getStatus()).json(typeof body === 'string' ? { statusCode: exception.getStatus(), message: body } : body);
      return;
    }
    const error = (exception instanceof Error ? exception : new Error(String(exception))) as CodedError & Error;
    const status = statusFor(error);
    if (status >= 500) this.logger.error({ err: error, code: error.code }, 'request failed');
    if (status === 503) response.setHeader('Retry-After', '5');
    // Nest's own shape (statusCode, error phrase, message) plus the stable code, as every feature's filter answers.
    response.status(status).json({
      statusCode: status,
      error: STATUS_CODES[status] ?? 'Error',
      code: typeof error.code === 'string' && status !== 500 ? error.code : 'INTERNAL_ERROR',
      message: status === 500 ? 'internal error' : error.message,
    });
  }
}
