import { IsBoolean, IsEmail, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

const SOMETHING = /\S/;

export class StartChatDto {
  @IsOptional() @IsString() @MaxLength(120) name?: string;
  @IsOptional() @IsEmail() @MaxLength(254) email?: string;
  @IsOptional() @Matches(/^[a-z]{2,3}$/, { message: 'language must be a lower-case ISO 639 code such as en' }) language?: string;
}

export class ChatMessageDto {
  @IsString() @MaxLength(4000) @Matches(SOMETHING, { message: 'text must not be empty' }) text!: string;
  @IsOptional() @IsString() @MaxLength(128) clientMessageId?: string;
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(512) conversationId?: string;
}

export class ChatTypingDto {
  @IsBoolean() typing!: boolean;
}

export class HelpedDto {
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(128) articleId?: string;
}

export class ChatRatingDto {
  @IsInt() @Min(1) @Max(5) score!: number;
  @IsOptional() @IsString() @MaxLength(1000) comment?: string;
}
