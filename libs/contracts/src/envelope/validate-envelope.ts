import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { EventEnvelopeDto } from './event-envelope.dto';
import type { EventEnvelope } from './event-envelope';

/** Raised when something that claims to be an envelope is not one. Never retriable. */
export class InvalidEnvelope extends Error {
  readonly code = 'INVALID_ENVELOPE';
  readonly retriable = false;
  constructor(readonly reasons: string[]) {
    super(`invalid event envelope: ${reasons.join('; ')}`);
    this.name = 'InvalidEnvelope';
  }
}

function flatten(errors: ValidationError[], prefix = ''): string[] {
  return errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => `${path}: ${message}`);
    return [...own, ...flatten(error.children ?? [], path)];
  });
}

/** Validates an unknown value (e.g. parsed JSON from the bus) and returns it typed, or throws {@link InvalidEnvelope}. */
export function validateEnvelope(value: unknown): EventEnvelope {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidEnvelope(['envelope must be a JSON object']);
  }
  const instance = plainToInstance(EventEnvelopeDto, value);
  const reasons = flatten(validateSync(instance, { forbidUnknownValues: true, whitelist: false }));
  if (reasons.length > 0) throw new InvalidEnvelope(reasons);
  return value as EventEnvelope;
}
