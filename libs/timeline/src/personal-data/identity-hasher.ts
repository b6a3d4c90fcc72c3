import { createHmac } from 'node:crypto';
import { identityHashInput, type ResolutionKind } from '@switchboard/timeline-domain';

/**
 * Keyed hashes of what must stay searchable without being kept: identities (for resolution and
 * search) and thread keys. HMAC-SHA256 under a server-side key, so a leaked table cannot be
 * reversed by hashing every phone number.
 */
export class IdentityHasher {
  constructor(private readonly key: Buffer) {}

  identity(tenantId: string, kind: ResolutionKind, value: string): string {
    return this.hmac(identityHashInput(tenantId, kind, value));
  }

  threadKey(tenantId: string, key: string): string {
    return this.hmac(`thread\u0000${tenantId}\u0000${key}`);
  }

  private hmac(input: string): string {
    return createHmac('sha256', this.key).update(input, 'utf8').digest('base64url');
  }
}
