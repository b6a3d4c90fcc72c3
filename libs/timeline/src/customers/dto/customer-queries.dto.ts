import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsISO8601, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export class SearchCustomersQueryDto {
  @ApiPropertyOptional({ description: 'Part of a name, company or identity; or an exact phone number or email address' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}

export class CustomerProfileQueryDto {
  @ApiPropertyOptional({ format: 'date-time', description: 'The profile as it was at this instant, folded from the events' })
  @IsOptional()
  @IsISO8601({ strict: true })
  asOf?: string;
}

export class TimelineQueryDto {
  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional({ description: 'Only this channel (`voice`, `sms`, `whatsapp`, `email`, `chat`, ...)' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z][a-z0-9-]{0,63}$/)
  channel?: string;
}
