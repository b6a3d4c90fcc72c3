import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ChannelKinds, type ChannelKind } from '@switchboard/channels-core';
import { IsIn, IsObject, IsOptional } from 'class-validator';

export class CreateChannelDto {
  @ApiProperty({ enum: ChannelKinds })
  @IsIn(ChannelKinds)
  kind!: ChannelKind;

  @ApiPropertyOptional({ description: "Secrets by name (see docs/channels.md for each kind's); never shown again", example: { authToken: '...' } })
  @IsOptional()
  @IsObject()
  secrets?: Record<string, string>;

  @ApiPropertyOptional({ description: 'Non-secret settings (sender numbers, SMTP relay, apiBaseUrl, ...)', example: { accountSid: 'AC...' } })
  @IsOptional()
  @IsObject()
  settings?: Record<string, unknown>;
}
