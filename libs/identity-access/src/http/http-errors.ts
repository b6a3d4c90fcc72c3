import { HttpException, HttpStatus } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import { RulesViolated, type IdentityAccessError, type IdentityAccessErrorCode } from '../identity-access.errors';

// The one place identity-and-access failures become HTTP statuses; a new code will not compile until mapped.
const STATUS: Record<IdentityAccessErrorCode, HttpStatus> = {
  INVALID_CREDENTIALS: HttpStatus.UNAUTHORIZED,
  INVALID_ACCESS_TOKEN: HttpStatus.UNAUTHORIZED,
  USER_NOT_ACTIVE: HttpStatus.UNAUTHORIZED,
  USER_NOT_FOUND: HttpStatus.NOT_FOUND,
  TENANT_NOT_FOUND: HttpStatus.NOT_FOUND,
  EMAIL_TAKEN: HttpStatus.CONFLICT,
  TENANT_ALREADY_EXISTS: HttpStatus.CONFLICT,
  INVALID_NEW_USER: HttpStatus.BAD_REQUEST,
  INVALID_USER_UPDATE: HttpStatus.BAD_REQUEST,
  INVALID_NEW_TENANT: HttpStatus.BAD_REQUEST,
};

/** The HTTP form of a typed failure: Nest's usual body (statusCode, error, message) plus its code. */
export function toHttpException(error: IdentityAccessError): HttpException {
  const status = STATUS[error.code];
  const body = {
    statusCode: status,
    error: STATUS_CODES[status] ?? 'Error',
    code: error.code,
    message: error.message,
    ...(error instanceof RulesViolated ? { problems: error.problems } : {}),
  };
  return new HttpException(body, status, { cause: error });
}
