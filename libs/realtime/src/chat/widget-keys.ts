import { Injectable } from '@nestjs/common';
import { TenantNotFound, TenantsService } from '@switchboard/identity-access';

const KNOWN_FOR_MS = 60_000;
const UNKNOWN_FOR_MS = 10_000;
/** Tenant ids as identity-access allows them; anything else is refused before a query. */
const WIDGET_KEY_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;

/**
 * The widget's public key names its tenant. For now the key IS the tenant id (a later version maps
 * per-site keys with allowed origins to tenants); what matters is that the tenant exists. Answers are
 * cached briefly so a page full of widgets reconnecting does not query the database per socket.
 */
@Injectable()
export class WidgetKeys {
  private readonly cache = new Map<string, { known: boolean; until: number }>();

  constructor(private readonly tenants: TenantsService) {}

  /** The tenant the key names, or null when there is none. */
  async tenantFor(key: unknown): Promise<string | null> {
    if (typeof key !== 'string' || !WIDGET_KEY_PATTERN.test(key)) return null;
    const now = Date.now();
    const cached = this.cache.get(key);
    if (cached && cached.until > now) return cached.known ? key : null;
    const known = await this.exists(key);
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(key, { known, until: now + (known ? KNOWN_FOR_MS : UNKNOWN_FOR_MS) });
    return known ? key : null;
  }

  private async exists(tenantId: string): Promise<boolean> {
    try {
      await this.tenants.get(tenantId);
      return true;
    } catch (error) {
      if (error instanceof TenantNotFound) return false;
      throw error;
    }
  }
}
