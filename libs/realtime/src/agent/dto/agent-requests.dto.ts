import { Presences, type Presence } from '@switchboard/contracts';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

// Conversation ids are routing's contact ids: a UUID for the widget, a thread key for channels.
const ID_MAX = 512;
const TEXT_MAX = 4000;
/** At least one character that is not white space. */
const SOMETHING = /\S/;
export const QUEUE_ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,63}$/;

export class PresenceDto {
  @IsIn(Presences) presence!: Presence;
}

export class ConversationRefDto {
  @IsString() @IsNotEmpty() @MaxLength(ID_MAX) conversationId!: string;
}

export class OfferAnswerDto extends ConversationRefDto {
  @IsString() @IsNotEmpty() @MaxLength(128) offerId!: string;
}

export class SendMessageDto extends ConversationRefDto {
  @IsString() @MaxLength(TEXT_MAX) @Matches(SOMETHING, { message: 'text must not be empty' }) text!: string;
  @IsOptional() @IsString() @MaxLength(128) clientMessageId?: string;
}

export class TypingDto extends ConversationRefDto {
  @IsBoolean() typing!: boolean;
}

export class AddNoteDto extends ConversationRefDto {
  @IsString() @MaxLength(TEXT_MAX) @Matches(SOMETHING, { message: 'text must not be empty' }) text!: string;
}

/** A transfer or a reassignment: to a queue, a named agent, or both (checked by the handler: at least one). */
export class TransferTargetDto extends ConversationRefDto {
  @IsOptional() @IsString() @Matches(QUEUE_ID_PATTERN, { message: 'queueId must be a queue id' }) queueId?: string;
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(128) agentId?: string;
}

export class WrapUpDto extends ConversationRefDto {
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(64) disposition?: string;
}
