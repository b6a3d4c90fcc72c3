import { HttpException, HttpStatus } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import { InvalidCommand, type TimelineDomainError, type TimelineDomainErrorCode } from '@switchboard/timeline-domain';
import type { TimelineFeatureError, TimelineFeatureErrorCode } from '../timeline.errors';

// The one place the timeline's refusals become HTTP statuses; a new code will not compile until mapped.
const STATUS: Record<TimelineDomainErrorCode | TimelineFeatureErrorCode, HttpStatus> = {
  CUSTOMER_NOT_FOUND: HttpStatus.NOT_FOUND,
  CONVERSATION_NOT_FOUND: HttpStatus.NOT_FOUND,
  IDENTITY_NOT_LINKED: HttpStatus.NOT_FOUND,
  CUSTOMER_ERASED: HttpStatus.CONFLICT,
  CUSTOMER_MERGED: HttpStatus.CONFLICT,
  CONVERSATION_CLOSED: HttpStatus.CONFLICT,
  ALREADY_WRAPPED_UP: HttpStatus.CONFLICT,
  CSAT_ALREADY_RECORDED: HttpStatus.CONFLICT,
  IDENTITY_TAKEN: HttpStatus.CONFLICT,
  CANNOT_MERGE_INTO_ITSELF: HttpStatus.BAD_REQUEST,
  INVALID_COMMAND: HttpStatus.BAD_REQUEST,
  INVALID_IDENTITY: HttpStatus.BAD_REQUEST,
  INVALID_CURSOR: HttpStatus.BAD_REQUEST,
};

/** Nest's usual body (statusCode, error, message) plus the stable code, and the problems for a bad command. */
export function toHttpException(error: TimelineDomainError | TimelineFeatureError): HttpException {
  const status = STATUS[error.code];
  const body = {
    statusCode: status,
    error: STATUS_CODES[status] ?? 'Error',
    code: error.code,
    message: error.message,
    ...(error instanceof InvalidCommand ? { problems: error.problems } : {}),
  };
  return new HttpException(body, status, { cause: error });
}
