import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ConversationState } from '@switchboard/timeline-domain';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { TimelineEntryDto, toTimelineEntryDto } from '../../customers/dto/timeline-entry.dto';
import type { ConversationDetail } from '../../customers/timeline-pages';

export class RoutingStepDto {
  @ApiProperty() id!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ enum: ['queued', 'offered', 'assigned', 'transferred', 'wrapped-up', 'closed', 'reopened', 'csat-recorded', 'tagged'] }) type!: string;
  @ApiProperty({ nullable: true, type: String }) agentId!: string | null;
  @ApiProperty({ nullable: true, type: String }) queue!: string | null;
  @ApiProperty({ nullable: true, type: String }) detail!: string | null;
}

export class ConversationDto {
  @ApiProperty() id!: string;
  @ApiProperty() customerId!: string;
  @ApiProperty() channel!: string;
  @ApiProperty({ nullable: true, type: String }) channelId!: string | null;
  @ApiProperty({ enum: ['call', 'email', 'messaging', 'chat'] }) threadKind!: string;
  @ApiProperty({ nullable: true, type: String }) subject!: string | null;
  @ApiProperty({ enum: ['open', 'closed'] }) status!: string;
  @ApiProperty({ nullable: true, type: String }) queue!: string | null;
  @ApiProperty({ nullable: true, type: String }) assignedAgentId!: string | null;
  @ApiProperty({ type: [String] }) tags!: string[];
  @ApiProperty({ nullable: true, type: String }) disposition!: string | null;
  @ApiProperty({ nullable: true, type: Number }) csatScore!: number | null;
  @ApiProperty({ format: 'date-time' }) openedAt!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) closedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) lastActivityAt!: string;
  @ApiProperty({ type: [TimelineEntryDto], description: 'Messages, calls and notes, oldest first' }) messages!: TimelineEntryDto[];
  @ApiProperty({ type: [RoutingStepDto], description: 'Queueing, offers, assignment, transfers, wrap-up, closing, oldest first' }) routingHistory!: RoutingStepDto[];
}

export function toConversationDto(detail: ConversationDetail): ConversationDto {
  const { conversation } = detail;
  return {
    id: conversation.id,
    customerId: conversation.customerId,
    channel: conversation.channel,
    channelId: conversation.channelId,
    threadKind: conversation.threadKind,
    subject: conversation.subject,
    status: conversation.status,
    queue: conversation.queue,
    assignedAgentId: conversation.assignedAgentId,
    tags: [...conversation.tags],
    disposition: conversation.disposition,
    csatScore: conversation.csatScore,
    openedAt: conversation.openedAt,
    closedAt: conversation.closedAt,
    lastActivityAt: conversation.lastActivityAt,
    messages: detail.messages.map(toTimelineEntryDto),
    routingHistory: detail.routingHistory.map(({ id, occurredAt, type, agentId, queue, detail: text }) => ({ id, occurredAt, type, agentId, queue, detail: text })),
  };
}

export class UpdateConversationDto {
  @ApiPropertyOptional({ maxLength: 10000, description: 'An internal note, never shown to the customer' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(10000)
  note?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  addTags?: string[];

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  removeTags?: string[];
}

/** What a change answers at once, from the conversation's own stream (the read model follows within moments). */
export class ConversationChangeDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ['open', 'closed'] }) status!: string;
  @ApiProperty({ type: [String] }) tags!: string[];
  @ApiProperty() notes!: number;
}

export function toConversationChangeDto(state: ConversationState): ConversationChangeDto {
  if (state.status === 'none') throw new Error('no conversation');
  return { id: state.id, status: state.status, tags: [...state.tags], notes: state.noteIds.length };
}
