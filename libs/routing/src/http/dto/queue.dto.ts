import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OverflowActions, RoutingChannels, type OverflowAction, type RoutingChannel } from '@switchboard/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

export const ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,63}$/;

export class SkillRequirementDto {
  @ApiProperty({ example: 'billing' }) @IsString() @IsNotEmpty() @MaxLength(64) skill!: string;
  @ApiProperty({ minimum: 1, maximum: 10 }) @IsInt() @Min(1) @Max(10) minLevel!: number;
}

export class ServiceLevelDto {
  @ApiProperty({ example: 80 }) @IsInt() @Min(1) @Max(100) percent!: number;
  @ApiProperty({ example: 20 }) @IsInt() @Min(1) @Max(86400) withinSeconds!: number;
}

export class OverflowStepDto {
  @ApiProperty({ example: 60 }) @IsInt() @Min(0) @Max(86400) afterSeconds!: number;
  @ApiProperty({ enum: OverflowActions }) @IsIn(OverflowActions) action!: OverflowAction;
  @ApiPropertyOptional({ description: 'relax-skills: lowest level accepted' })
  @ValidateIf((step: OverflowStepDto) => step.action === 'relax-skills')
  @IsInt()
  @Min(1)
  @Max(10)
  minLevel?: number;
  @ApiPropertyOptional({ description: "add-queue-agents: the queue whose agents may help" })
  @ValidateIf((step: OverflowStepDto) => step.action === 'add-queue-agents')
  @IsString()
  @Matches(ID_PATTERN)
  queueId?: string;
}

/** A queue's settings; `PUT /api/routing/queues/{id}` creates or replaces. */
export class QueueDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(120) name!: string;
  @ApiProperty({ enum: RoutingChannels, isArray: true }) @IsArray() @IsIn(RoutingChannels, { each: true }) channels!: RoutingChannel[];
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) channelIds?: string[];
  @ApiPropertyOptional({ type: [SkillRequirementDto] }) @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => SkillRequirementDto) requiredSkills?: SkillRequirementDto[];
  @ApiPropertyOptional({ nullable: true, example: 'en', description: 'agents who speak it are offered the contacts first' }) @IsOptional() @IsString() @MaxLength(16) language?: string | null;
  @ApiPropertyOptional({ default: false, description: 'only agents who speak `language` may take the contacts' }) @IsOptional() @IsBoolean() languageRequired?: boolean;
  @ApiPropertyOptional({ minimum: -50, maximum: 50 }) @IsOptional() @IsInt() @Min(-50) @Max(50) priority?: number;
  @ApiPropertyOptional({ type: ServiceLevelDto }) @IsOptional() @ValidateNested() @Type(() => ServiceLevelDto) serviceLevel?: ServiceLevelDto;
  @ApiPropertyOptional({ minimum: 5, maximum: 600, default: 20 }) @IsOptional() @IsInt() @Min(5) @Max(600) offerTimeoutSeconds?: number;
  @ApiPropertyOptional({ type: [OverflowStepDto] }) @IsOptional() @IsArray() @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => OverflowStepDto) overflow?: OverflowStepDto[];
  @ApiPropertyOptional({ minimum: 0, maximum: 3600, default: 0 }) @IsOptional() @IsInt() @Min(0) @Max(3600) affinitySeconds?: number;
  @ApiPropertyOptional({ default: false }) @IsOptional() @IsBoolean() selfService?: boolean;
}
