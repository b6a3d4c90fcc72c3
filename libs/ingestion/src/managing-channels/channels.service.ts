import { Inject, Injectable, Logger } from '@nestjs/common';
import { newId } from '@switchboard/contracts';
import { ChannelDirectory } from '../channels/channel-directory';
import { ChannelNotFound } from '../channels/channel-errors';
import { applyChannelChanges, checkNewChannel, type ChannelChanges, type NewChannelInput } from '../channels/channel-input.rules';
import type { ChannelRecord } from '../channels/channel-record';
import { secretNamesOf } from '../channels/channel-secrets';
import { ChannelsRepository } from '../channels/channels.repository';

/** An admin's channels. Every call takes the caller's tenant: another tenant's channel reads as not found. */
@Injectable()
export class ChannelsService {
  private readonly logger = new Logger('Channels');

  constructor(
    @Inject(ChannelsRepository) private readonly repository: ChannelsRepository,
    @Inject(ChannelDirectory) private readonly directory: ChannelDirectory,
  ) {}

  list(tenantId: string): Promise<ChannelRecord[]> {
    return this.repository.listInTenant(tenantId);
  }

  async get(tenantId: string, id: string): Promise<ChannelRecord> {
    const channel = await this.repository.findInTenant(tenantId, id);
    if (!channel) throw new ChannelNotFound(id);
    return channel;
  }

  async create(tenantId: string, input: NewChannelInput): Promise<ChannelRecord> {
    const checked = checkNewChannel(input);
    // Generated, never chosen: an id reveals nothing about other tenants and cannot collide.
    const channel: ChannelRecord = { id: newId(), tenantId, ...checked, createdAt: new Date() };
    await this.repository.insert(channel);
    this.logger.log({ tenantId, channelId: channel.id, kind: channel.kind, secretNames: secretNamesOf(channel.secrets) }, 'channel created');
    return channel;
  }

  async update(tenantId: string, id: string, changes: ChannelChanges): Promise<ChannelRecord> {
    const current = await this.get(tenantId, id);
    const content = applyChannelChanges(current.kind, current, changes);
    const updated = await this.repository.updateInTenant(tenantId, id, content);
    if (!updated) throw new ChannelNotFound(id);
    this.directory.invalidate(id);
    this.logger.log({ tenantId, channelId: id, secretsChanged: Object.keys(changes.secrets ?? {}), settingsChanged: Object.keys(changes.settings ?? {}) }, 'channel updated');
    return updated;
  }

  async remove(tenantId: string, id: string): Promise<void> {
    if (!(await this.repository.deleteInTenant(tenantId, id))) throw new ChannelNotFound(id);
    this.directory.invalidate(id);
    this.logger.log({ tenantId, channelId: id }, 'channel deleted');
  }
}
