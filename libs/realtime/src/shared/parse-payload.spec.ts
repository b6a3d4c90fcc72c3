import { IsBoolean, IsString, MaxLength } from 'class-validator';
import { parsePayload } from './parse-payload';
import { RealtimeFailure } from './realtime-failure';

class ProbeDto {
  @IsString() @MaxLength(5) name!: string;
  @IsBoolean() flag!: boolean;
}

function failureOf(payload: unknown): RealtimeFailure {
  try {
    parsePayload(ProbeDto, payload);
  } catch (error) {
    if (error instanceof RealtimeFailure) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

describe('parsePayload', () => {
  it('returns the validated instance', () => {
    expect(parsePayload(ProbeDto, { name: 'ab', flag: true })).toEqual({ name: 'ab', flag: true });
  });

  it.each([null, undefined, 'text', 42, [1, 2]])('refuses %p as not an object', (payload) => {
    expect(failureOf(payload)).toMatchObject({ code: 'INVALID_PAYLOAD', message: 'the payload must be an object' });
  });

  it('names every problem, including unknown properties, without echoing values', () => {
    const failure = failureOf({ name: 'much too long', flag: 'yes', extra: 'secret@example.com' });
    expect(failure.message).toContain('name must be shorter than or equal to 5 characters');
    expect(failure.message).toContain('flag must be a boolean value');
    expect(failure.message).toContain('property extra should not exist');
    expect(failure.message).not.toContain('secret@example.com');
    expect(failure.message).not.toContain('much too long');
  });
});
