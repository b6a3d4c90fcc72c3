import { Type } from 'class-transformer';
import {
  IsISO8601,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { EVENT_TYPE_PATTERN } from './event-type';

export class EventSourceDto {
  @IsString() @IsNotEmpty() @MaxLength(64) channel!: string;
  @IsString() @IsNotEmpty() @MaxLength(64) provider!: string;
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(512) providerEventId?: string;
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(128) channelId?: string;
}

export class EventSubjectDto {
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(128) customerId?: string;
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(128) conversationId?: string;
}

/** Validation shape of {@link EventEnvelope}; used at every boundary where an envelope arrives. */
export class EventEnvelopeDto {
  @IsUUID() id!: string;
  @IsString() @Matches(EVENT_TYPE_PATTERN, { message: 'type must be past tense and versioned, e.g. message.received.v1' })
  type!: string;
  @IsString() @IsNotEmpty() @MaxLength(64) @Matches(/^[a-z0-9][a-z0-9-]*$/, { message: 'tenantId must be lower-case letters, digits and dashes' })
  tenantId!: string;
  @IsISO8601({ strict: true }) occurredAt!: string;
  @IsISO8601({ strict: true }) recordedAt!: string;
  @ValidateNested() @Type(() => EventSourceDto) @IsObject() source!: EventSourceDto;
  @ValidateNested() @Type(() => EventSubjectDto) @IsObject() subject!: EventSubjectDto;
  @IsString() @IsNotEmpty() @MaxLength(128) correlationId!: string;
  @ValidateIf((_o, value) => value !== null) @IsString() @IsNotEmpty() @MaxLength(128) causationId!: string | null;
  @IsObject() payload!: Record<string, unknown>;
}
