import { ApiProperty } from '@nestjs/swagger';
import type { EntryRow } from '../../projection/projection-rows';
import type { TimelinePage } from '../timeline-pages';

export class AuthorDto {
  @ApiProperty({ enum: ['customer', 'agent', 'bot', 'system'] }) kind!: string;
  @ApiProperty({ nullable: true, type: String }) id!: string | null;
}

export class EntryMediaDto {
  @ApiProperty() kind!: string;
  @ApiProperty({ nullable: true, type: String }) contentType!: string | null;
  @ApiProperty({ nullable: true, type: String }) filename!: string | null;
}

export class CallSummaryDto {
  @ApiProperty() providerCallId!: string;
  @ApiProperty({ enum: ['inbound', 'outbound'] }) direction!: string;
  @ApiProperty({ enum: ['ringing', 'answered', 'ended'] }) status!: string;
  @ApiProperty({ nullable: true, type: String, enum: ['completed', 'busy', 'no-answer', 'failed', 'canceled'] }) outcome!: string | null;
  @ApiProperty({ nullable: true, type: Number }) durationSeconds!: number | null;
  @ApiProperty({ nullable: true, type: String }) answeredBy!: string | null;
  @ApiProperty() recordings!: number;
}

export class TimelineEntryDto {
  @ApiProperty() id!: string;
  @ApiProperty() conversationId!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ example: 'whatsapp' }) channel!: string;
  @ApiProperty({ enum: ['message', 'email', 'call', 'note'] }) kind!: string;
  @ApiProperty({ enum: ['inbound', 'outbound', 'internal'] }) direction!: string;
  @ApiProperty({ type: AuthorDto }) author!: AuthorDto;
  @ApiProperty({ nullable: true, type: String }) text!: string | null;
  @ApiProperty({ nullable: true, type: String }) subject!: string | null;
  @ApiProperty({ description: 'True when personal parts can no longer be read (the customer was erased)' }) unreadable!: boolean;
  @ApiProperty({ type: [EntryMediaDto] }) media!: EntryMediaDto[];
  @ApiProperty({ type: CallSummaryDto, nullable: true }) call!: CallSummaryDto | null;
}

export class TimelinePageDto {
  @ApiProperty({ type: [TimelineEntryDto] }) entries!: TimelineEntryDto[];
  @ApiProperty({ nullable: true, type: String, description: 'Pass as `cursor` for the next (older) page; null on the last' }) nextCursor!: string | null;
}

export function toTimelineEntryDto(row: EntryRow): TimelineEntryDto {
  return {
    id: row.id,
    conversationId: row.conversationId,
    occurredAt: row.occurredAt,
    channel: row.channel,
    kind: row.kind,
    direction: row.direction,
    author: { ...row.author },
    text: row.text,
    subject: row.subject,
    unreadable: row.unreadable,
    media: row.media.map((item) => ({ ...item })),
    call: row.call ? { ...row.call } : null,
  };
}

export function toTimelinePageDto(page: TimelinePage): TimelinePageDto {
  return { entries: page.entries.map(toTimelineEntryDto), nextCursor: page.nextCursor };
}
