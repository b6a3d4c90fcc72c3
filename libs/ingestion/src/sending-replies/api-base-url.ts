import type { HttpRequestSpec } from '@switchboard/channels-core';

/**
 * The request with its scheme, host and port replaced by the channel's `apiBaseUrl` setting (and
 * the setting's path, if any, put in front of the provider's): how a channel is pointed at a
 * provider's test or regional endpoint, or at a local server in tests.
 */
export function withApiBaseUrl(request: HttpRequestSpec, apiBaseUrl: string | undefined): HttpRequestSpec {
  if (!apiBaseUrl) return request;
  const original = new URL(request.url);
  const base = new URL(apiBaseUrl);
  const prefix = base.pathname.replace(/\/+$/, '');
  return { ...request, url: `${base.origin}${prefix}${original.pathname}${original.search}` };
}
