import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsObject, IsOptional, IsString, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { IdentityKinds, type IdentityKind } from '@switchboard/contracts';

class RecipientDto {
  @IsIn(IdentityKinds) kind!: IdentityKind;
  @IsString() @IsNotEmpty() @MaxLength(256) value!: string;
}

class OutboundMediaDto {
  @IsString() @IsNotEmpty() @MaxLength(2048) url!: string;
  @IsOptional() @IsString() @MaxLength(255) contentType?: string;
  @IsOptional() @IsString() @MaxLength(255) filename?: string;
}

class OutboundReplyDto {
  @ValidateNested() @Type(() => RecipientDto) @IsObject() to!: RecipientDto;
  @IsOptional() @IsString() @MaxLength(256) channelAddress?: string;
  @IsString() @MaxLength(65_536) text!: string;
  @IsOptional() @IsArray() @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => OutboundMediaDto) media?: OutboundMediaDto[];
  @IsOptional() @IsString() @MaxLength(512) replyToProviderMessageId?: string;
}

class AuthorDto {
  @IsIn(['agent', 'bot']) kind!: 'agent' | 'bot';
  @ValidateIf((_dto, value) => value !== null) @IsString() @IsNotEmpty() @MaxLength(128) id!: string | null;
}

class EmailThreadDto {
  @IsString() @IsNotEmpty() @MaxLength(998) lastMessageId!: string;
  @IsArray() @ArrayMaxSize(100) @IsString({ each: true }) references!: string[];
  @IsString() @MaxLength(998) subject!: string;
}

/** Validation shape of `ReplyRequestedPayload`: what arrives on the outbound topic is checked before anything is sent. */
export class ReplyRequestedDto {
  @IsString() @IsNotEmpty() @MaxLength(128) channelId!: string;
  @IsString() @IsNotEmpty() @MaxLength(128) conversationId!: string;
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(1024) threadKey?: string;
  /** Optional only for requests recorded before it existed (see `parseReplyRequested`). */
  @IsOptional() @ValidateNested() @Type(() => AuthorDto) @IsObject() author?: AuthorDto;
  @ValidateNested() @Type(() => OutboundReplyDto) @IsObject() reply!: OutboundReplyDto;
  @IsOptional() @ValidateNested() @Type(() => EmailThreadDto) @IsObject() emailThread?: EmailThreadDto;
}
