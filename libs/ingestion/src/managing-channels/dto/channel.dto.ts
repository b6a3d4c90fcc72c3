import { ApiProperty } from '@nestjs/swagger';
import { ChannelKinds, type ChannelKind } from '@switchboard/channels-core';
import { webhookUrlFor, type ChannelRecord } from '../../channels/channel-record';
import { missingInboundSecrets, secretNamesOf } from '../../channels/channel-secrets';

/** A channel as an admin sees it: secret names, never secret values. */
export class ChannelDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ChannelKinds }) kind!: ChannelKind;
  @ApiProperty({ description: 'Paste this at the provider' }) webhookUrl!: string;
  @ApiProperty({ type: [String], description: 'Names of the secrets that are set' }) secretNames!: string[];
  @ApiProperty({ type: [String], description: 'Secrets webhooks need that are not set yet (answered 503 until they are)' }) missingSecrets!: string[];
  @ApiProperty({ type: Object }) settings!: Record<string, unknown>;
  @ApiProperty() createdAt!: string;
}

export function toChannelDto(channel: ChannelRecord, publicBaseUrl: string): ChannelDto {
  return {
    id: channel.id,
    kind: channel.kind,
    webhookUrl: webhookUrlFor(publicBaseUrl, channel.id),
    secretNames: secretNamesOf(channel.secrets),
    missingSecrets: missingInboundSecrets(channel.kind, channel.secrets),
    settings: { ...channel.settings },
    createdAt: channel.createdAt.toISOString(),
  };
}
