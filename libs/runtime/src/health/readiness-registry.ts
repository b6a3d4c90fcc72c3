import { Injectable } from '@nestjs/common';

/** A readiness check: resolves with details when ready, throws (with a reason) when not. */
export type ReadinessCheck = () => Promise<Record<string, unknown> | void>;

/**
 * Features add their own readiness conditions here at start (e.g. a projection's lag), next to
 * the adapters' checks that the runtime registers itself.
 */
@Injectable()
export class ReadinessRegistry {
  private readonly checks = new Map<string, ReadinessCheck>();

  register(name: string, check: ReadinessCheck): void {
    if (this.checks.has(name)) throw new Error(`readiness check ${name} registered twice`);
    this.checks.set(name, check);
  }

  entries(): [string, ReadinessCheck][] {
    return [...this.checks.entries()];
  }
}
