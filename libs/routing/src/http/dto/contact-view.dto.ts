import { ApiProperty } from '@nestjs/swagger';
import { RoutingChannels, type RoutingChannel } from '@switchboard/contracts';
import type { CallbackReason, ContactStatus } from '@switchboard/routing-domain';
import type { ContactView } from '../../engine/views';

// The OpenAPI shapes of the facade's ContactView; the controllers return the views as they are.

class ContactOfferDto {
  @ApiProperty() offerId!: string;
  @ApiProperty() agentId!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
}

class CallbackRequestDto {
  @ApiProperty({ format: 'date-time' }) requestedAt!: string;
  @ApiProperty({ enum: ['overflow', 'caller'], description: "overflow: the queue's offer-callback step; caller: the caller asked" }) reason!: CallbackReason;
}

/** A conversation as routing holds it now. */
export class ContactViewDto implements ContactView {
  @ApiProperty() conversationId!: string;
  @ApiProperty() queueId!: string;
  @ApiProperty({ enum: RoutingChannels }) channel!: RoutingChannel;
  @ApiProperty({ enum: ['self-service', 'waiting', 'offered', 'assigned'] }) status!: ContactStatus;
  @ApiProperty() priority!: number;
  @ApiProperty() vip!: boolean;
  @ApiProperty({ format: 'date-time', description: 'its place in the queue' }) waitingSince!: string;
  @ApiProperty({ type: ContactOfferDto, nullable: true }) offer!: ContactOfferDto | null;
  @ApiProperty({ type: String, nullable: true }) assignedAgentId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'only this agent will be offered it (transfer to a named agent)' }) pinnedAgentId!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) assignedAt!: string | null;
  @ApiProperty({ type: CallbackRequestDto, nullable: true, description: 'set when the agent is to call the customer back' }) callback!: CallbackRequestDto | null;
}
