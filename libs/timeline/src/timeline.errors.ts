/**
 * Failures of the timeline feature itself (the domain's refusals are `TimelineDomainError`s).
 * Mapped to HTTP once, in http/timeline-http-errors.ts.
 */
export type TimelineFeatureErrorCode = 'IDENTITY_TAKEN' | 'INVALID_IDENTITY' | 'INVALID_CURSOR';

export abstract class TimelineFeatureError extends Error {
  abstract readonly code: TimelineFeatureErrorCode;
  readonly retriable = false;
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The identity resolves to another customer already: merge the two instead. */
export class IdentityTaken extends TimelineFeatureError {
  readonly code = 'IDENTITY_TAKEN';
  constructor(readonly heldBy: string) {
    super('this identity belongs to another customer; merge the two customers instead');
  }
}

export class InvalidIdentity extends TimelineFeatureError {
  readonly code = 'INVALID_IDENTITY';
  constructor(kind: string) {
    super(`not a valid ${kind}`);
  }
}

export class InvalidCursor extends TimelineFeatureError {
  readonly code = 'INVALID_CURSOR';
  constructor() {
    super('the cursor is not one this API handed out');
  }
}
