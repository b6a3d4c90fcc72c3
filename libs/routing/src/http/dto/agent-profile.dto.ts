import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Presences, type Presence } from '@switchboard/contracts';
import { Type } from 'class-transformer';
import { IsArray, IsIn, IsInt, IsObject, IsOptional, IsString, Max, MaxLength, Min, ValidateNested, ArrayMaxSize } from 'class-validator';

export class CapacityDto {
  @ApiProperty({ example: 1 }) @IsInt() @Min(0) @Max(50) voice!: number;
  @ApiProperty({ example: 3 }) @IsInt() @Min(0) @Max(50) chat!: number;
  @ApiProperty({ example: 5 }) @IsInt() @Min(0) @Max(50) email!: number;
  @ApiProperty({ example: 3 }) @IsInt() @Min(0) @Max(50) messaging!: number;
  @ApiProperty({ example: 3 }) @IsInt() @Min(0) @Max(50) social!: number;
}

/** An agent's routing profile; `PUT /api/routing/agents/{userId}` creates or replaces. */
export class AgentProfileDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(120) displayName?: string;
  @ApiPropertyOptional({ example: { billing: 7, french: 4 }, description: 'skill → level 1..10' }) @IsOptional() @IsObject() skills?: Record<string, number>;
  @ApiPropertyOptional({ example: ['en', 'fr'] }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) languages?: string[];
  @ApiPropertyOptional({ type: CapacityDto }) @IsOptional() @ValidateNested() @Type(() => CapacityDto) capacity?: CapacityDto;
  @ApiPropertyOptional({ default: 5 }) @IsOptional() @IsInt() @Min(1) @Max(100) maxTotal?: number;
  @ApiPropertyOptional({ default: 0 }) @IsOptional() @IsInt() @Min(0) @Max(3600) wrapUpSeconds?: number;
}

export class PresenceDto {
  @ApiProperty({ enum: Presences }) @IsIn(Presences) presence!: Presence;
}

/** One colleague in `GET /api/routing/agents/directory`: who, and whether they can take a conversation now. */
export class AgentDirectoryEntryDto {
  @ApiProperty() agentId!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: Presences }) presence!: Presence;
}
