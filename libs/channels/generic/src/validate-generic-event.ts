import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { MalformedPayload, type JsonObject } from '@switchboard/channels-core';
import { GenericEventDto } from './generic-event.dto';

/** The body as a {@link GenericEventDto}, or a {@link MalformedPayload} naming every wrong field. */
export function validateGenericEvent(body: JsonObject): GenericEventDto {
  const event = plainToInstance(GenericEventDto, body);
  const reasons = flatten(validateSync(event, { whitelist: true, forbidUnknownValues: true }));
  if (reasons.length > 0) throw new MalformedPayload(reasons.join('; '));
  if (event.type === 'message' && !event.text && (event.media ?? []).length === 0 && !event.reaction) {
    throw new MalformedPayload('a message needs text, media or a reaction');
  }
  return event;
}

function flatten(errors: readonly ValidationError[], prefix = ''): string[] {
  return errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => `${path}: ${message}`);
    return [...own, ...flatten(error.children ?? [], path)];
  });
}
