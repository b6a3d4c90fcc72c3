/**
 * Why a command was refused. None is retriable: the same command against the same state fails the
 * same way. The HTTP edge maps each `code` to a status once (libs/timeline, http/).
 */
export type TimelineDomainErrorCode =
  | 'CUSTOMER_NOT_FOUND'
  | 'CUSTOMER_ERASED'
  | 'CUSTOMER_MERGED'
  | 'CANNOT_MERGE_INTO_ITSELF'
  | 'IDENTITY_NOT_LINKED'
  | 'CONVERSATION_NOT_FOUND'
  | 'CONVERSATION_CLOSED'
  | 'ALREADY_WRAPPED_UP'
  | 'CSAT_ALREADY_RECORDED'
  | 'INVALID_COMMAND';

export abstract class TimelineDomainError extends Error {
  abstract readonly code: TimelineDomainErrorCode;
  readonly retriable: boolean = false;
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

export class CustomerNotFound extends TimelineDomainError {
  readonly code = 'CUSTOMER_NOT_FOUND';
  /** Null when raised by a decider, which sees only the (empty) state; handlers know the id. */
  constructor(readonly customerId: string | null) {
    super('customer not found');
  }
}

export class CustomerErased extends TimelineDomainError {
  readonly code = 'CUSTOMER_ERASED';
  constructor(readonly customerId: string) {
    super('the customer was erased');
  }
}

/** The customer was merged into another; commands go to `mergedInto`. */
export class CustomerMerged extends TimelineDomainError {
  readonly code = 'CUSTOMER_MERGED';
  constructor(
    readonly customerId: string,
    readonly mergedInto: string,
  ) {
    super('the customer was merged into another customer');
  }
}

export class CannotMergeIntoItself extends TimelineDomainError {
  readonly code = 'CANNOT_MERGE_INTO_ITSELF';
  constructor() {
    super('a customer cannot be merged into itself');
  }
}

export class IdentityNotLinked extends TimelineDomainError {
  readonly code = 'IDENTITY_NOT_LINKED';
  constructor() {
    super('this identity is not linked to the customer');
  }
}

export class ConversationNotFound extends TimelineDomainError {
  readonly code = 'CONVERSATION_NOT_FOUND';
  /** Null when raised by a decider, which sees only the (empty) state. */
  constructor(readonly conversationId: string | null) {
    super('conversation not found');
  }
}

export class ConversationClosed extends TimelineDomainError {
  readonly code = 'CONVERSATION_CLOSED';
  constructor(readonly conversationId: string) {
    super('the conversation is closed');
  }
}

export class AlreadyWrappedUp extends TimelineDomainError {
  readonly code = 'ALREADY_WRAPPED_UP';
  constructor() {
    super('the conversation was already wrapped up with another disposition');
  }
}

export class CsatAlreadyRecorded extends TimelineDomainError {
  readonly code = 'CSAT_ALREADY_RECORDED';
  constructor() {
    super('a satisfaction score was already recorded for this conversation');
  }
}

/** A command whose values break a rule no type can express (a CSAT score of 9, an empty tag). */
export class InvalidCommand extends TimelineDomainError {
  readonly code = 'INVALID_COMMAND';
  constructor(readonly problems: readonly string[]) {
    super(`invalid command: ${problems.join('; ')}`);
  }
}
