import type { ChannelKind } from '@switchboard/channels-core';
import type { SqlExecutor } from '@switchboard/infra-sql';
import type { ChannelRecord } from './channel-record';
import type { ChannelContent } from './channel-input.rules';

interface ChannelRow {
  id: string;
  tenant_id: string;
  kind: string;
  secrets: Record<string, string>;
  settings: Record<string, unknown>;
  created_at: Date | string;
}

const COLUMNS = 'id, tenant_id, kind, secrets, settings, created_at';

const toRecord = (row: ChannelRow): ChannelRecord => ({
  id: row.id,
  tenantId: row.tenant_id,
  kind: row.kind as ChannelKind,
  secrets: row.secrets,
  settings: row.settings,
  createdAt: new Date(row.created_at),
});

/**
 * Channel connections. Every method on the admin side takes the caller's tenant and filters on it;
 * only {@link findForWebhook} does not, because a provider's call carries no tenant: the channel
 * id in the URL is what names it.
 */
export class ChannelsRepository {
  constructor(private readonly db: SqlExecutor) {}

  async findForWebhook(id: string): Promise<ChannelRecord | null> {
    const result = await this.db.query<ChannelRow>(`select ${COLUMNS} from channels where id = $1`, [id]);
    return result.rows[0] ? toRecord(result.rows[0]) : null;
  }

  async findInTenant(tenantId: string, id: string): Promise<ChannelRecord | null> {
    const result = await this.db.query<ChannelRow>(`select ${COLUMNS} from channels where tenant_id = $1 and id = $2`, [tenantId, id]);
    return result.rows[0] ? toRecord(result.rows[0]) : null;
  }

  async listInTenant(tenantId: string): Promise<ChannelRecord[]> {
    const result = await this.db.query<ChannelRow>(`select ${COLUMNS} from channels where tenant_id = $1 order by created_at, id`, [tenantId]);
    return result.rows.map(toRecord);
  }

  async insert(channel: ChannelRecord): Promise<void> {
    await this.db.query('insert into channels (id, tenant_id, kind, secrets, settings, created_at) values ($1, $2, $3, $4::jsonb, $5::jsonb, $6)', [
      channel.id,
      channel.tenantId,
      channel.kind,
      JSON.stringify(channel.secrets),
      JSON.stringify(channel.settings),
      channel.createdAt,
    ]);
  }

  async updateInTenant(tenantId: string, id: string, content: ChannelContent): Promise<ChannelRecord | null> {
    const result = await this.db.query<ChannelRow>(
      `update channels set secrets = $3::jsonb, settings = $4::jsonb where tenant_id = $1 and id = $2 returning ${COLUMNS}`,
      [tenantId, id, JSON.stringify(content.secrets), JSON.stringify(content.settings)],
    );
    return result.rows[0] ? toRecord(result.rows[0]) : null;
  }

  async deleteInTenant(tenantId: string, id: string): Promise<boolean> {
    return (await this.db.query('delete from channels where tenant_id = $1 and id = $2', [tenantId, id])).rowCount > 0;
  }

  /**
   * Creates a seeded channel, or refreshes the secrets of the existing one so that a changed
   * environment takes effect on restart. Secrets an admin added (a bot token) and the settings
   * are kept; a channel id some other tenant holds is left alone.
   */
  async upsertSeeded(channel: ChannelRecord): Promise<void> {
    await this.db.query(
      `insert into channels (id, tenant_id, kind, secrets, settings, created_at) values ($1, $2, $3, $4::jsonb, $5::jsonb, $6)
       on conflict (id) do update set secrets = channels.secrets || excluded.secrets
         where channels.tenant_id = excluded.tenant_id and channels.kind = excluded.kind`,
      [channel.id, channel.tenantId, channel.kind, JSON.stringify(channel.secrets), JSON.stringify(channel.settings), channel.createdAt],
    );
  }
}
