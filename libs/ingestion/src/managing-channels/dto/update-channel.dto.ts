import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject, IsOptional } from 'class-validator';

/** Merged into the channel: names given are set (null removes them), names not given are kept. The kind never changes. */
export class UpdateChannelDto {
  @ApiPropertyOptional({ description: 'Secrets to set, or null to remove', example: { authToken: 'rotated-token' } })
  @IsOptional()
  @IsObject()
  secrets?: Record<string, string | null>;

  @ApiPropertyOptional({ description: 'Settings to set, or null to remove', example: { defaultCountry: 'GB' } })
  @IsOptional()
  @IsObject()
  settings?: Record<string, unknown>;
}
