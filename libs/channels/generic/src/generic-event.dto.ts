import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { DeliveryStatuses, IdentityKinds, type DeliveryStatus, type IdentityKind } from '@switchboard/contracts';

/** A person on the other network, as in `SenderIdentity` plus an optional display name. */
export class GenericIdentityDto {
  @IsIn(IdentityKinds) kind!: IdentityKind;
  @IsString() @Length(1, 256) value!: string;
  @IsOptional() @IsString() @MaxLength(256) name?: string;
}

export class GenericMediaDto {
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true, require_tld: false }) url!: string;
  @IsOptional() @IsString() @Matches(/^[\w.+-]+\/[\w.+-]+$/, { message: 'contentType must be a MIME type' }) contentType?: string;
  @IsOptional() @IsString() @MaxLength(256) filename?: string;
  @IsOptional() @IsInt() @Min(0) size?: number;
}

export class GenericReactionDto {
  /** Omitted or null: the reaction was removed. */
  @IsOptional() @IsString() @MaxLength(32) emoji?: string | null;
  @IsString() @Length(1, 256) messageId!: string;
}

/**
 * The body of a generic signed webhook: one event per POST, a message from a customer or the
 * status of a message we sent. Unknown fields are ignored, so senders may add their own.
 */
export class GenericEventDto {
  /** The sender's unique id for this event: redeliveries with the same id are dropped. */
  @IsString() @Length(1, 256) id!: string;
  @IsIn(['message', 'status']) type!: 'message' | 'status';
  @IsOptional() @IsISO8601({ strict: true }) occurredAt?: string;
  /** Our address on that network the customer wrote to (replies leave from it). */
  @IsOptional() @IsString() @Length(1, 256) channelAddress?: string;

  // type = message
  @ValidateIf((event: GenericEventDto) => event.type === 'message')
  @IsDefined()
  @ValidateNested()
  @Type(() => GenericIdentityDto)
  from?: GenericIdentityDto;
  @IsOptional() @IsString() @MaxLength(65_536) text?: string;
  @IsOptional() @IsArray() @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => GenericMediaDto) media?: GenericMediaDto[];
  @IsOptional() @IsString() @Length(1, 256) replyToId?: string;
  @IsOptional() @ValidateNested() @Type(() => GenericReactionDto) reaction?: GenericReactionDto;

  // type = status
  @ValidateIf((event: GenericEventDto) => event.type === 'status')
  @IsDefined()
  @ValidateNested()
  @Type(() => GenericIdentityDto)
  to?: GenericIdentityDto;
  @ValidateIf((event: GenericEventDto) => event.type === 'status') @IsString() @Length(1, 256) messageId?: string;
  @ValidateIf((event: GenericEventDto) => event.type === 'status') @IsIn(DeliveryStatuses) status?: DeliveryStatus;
  @IsOptional() @IsString() @MaxLength(64) errorCode?: string;
  @IsOptional() @IsString() @MaxLength(1024) errorMessage?: string;
}
