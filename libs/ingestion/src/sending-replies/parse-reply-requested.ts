import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { UNKNOWN_AGENT, type ReplyRequestedPayload } from '@switchboard/contracts';
import { ReplyRequestedDto } from './reply-requested.dto';

/** A reply request nobody can send: refused for good, never retried. */
export class InvalidReplyRequest extends Error {
  readonly code = 'INVALID_REPLY_REQUEST';
  readonly retriable = false;

  constructor(readonly problems: readonly string[]) {
    super(`invalid reply request: ${problems.join('; ')}`);
    this.name = 'InvalidReplyRequest';
  }
}

/**
 * The request, checked. Requests recorded before `author` existed were all agents' (the bus may
 * still hold some): they read as written by an unknown agent.
 */
export function parseReplyRequested(payload: unknown): ReplyRequestedPayload {
  const instance = plainToInstance(ReplyRequestedDto, payload);
  const problems = flatten(validateSync(instance, { forbidUnknownValues: true }));
  if (problems.length > 0) throw new InvalidReplyRequest(problems);
  const request = payload as Omit<ReplyRequestedPayload, 'author'> & { author?: ReplyRequestedPayload['author'] };
  return { ...request, author: request.author ?? UNKNOWN_AGENT };
}

function flatten(errors: readonly ValidationError[], prefix = ''): string[] {
  return errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    return [...Object.values(error.constraints ?? {}).map((message) => `${path}: ${message}`), ...flatten(error.children ?? [], path)];
  });
}
