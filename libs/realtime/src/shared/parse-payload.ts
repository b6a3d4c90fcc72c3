import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { RealtimeFailure } from './realtime-failure';

function problemsOf(errors: readonly ValidationError[], prefix = ''): string[] {
  return errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    return [...Object.values(error.constraints ?? {}), ...problemsOf(error.children ?? [], path)];
  });
}

/**
 * Validates a client's payload against its DTO, or throws `INVALID_PAYLOAD` naming each problem
 * (class-validator's messages name the property, never its value). Unknown properties are refused
 * so a client's typo is reported rather than ignored.
 */
export function parsePayload<T extends object>(dto: new () => T, payload: unknown): T {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new RealtimeFailure('INVALID_PAYLOAD', 'the payload must be an object');
  }
  const instance = plainToInstance(dto, payload);
  const problems = problemsOf(validateSync(instance, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true }));
  if (problems.length > 0) throw new RealtimeFailure('INVALID_PAYLOAD', problems.join('; '));
  return instance;
}
