export type HeaderValue = string | readonly string[] | undefined;

/**
 * A provider's HTTP call as the gateway received it, before anything was parsed: signatures are
 * computed over exactly these bytes and this URL.
 */
export interface WebhookRequest {
  readonly method: string;
  /**
   * The full public URL the provider called, scheme, host and query included, as configured at the
   * provider (behind a proxy: rebuilt from the public base URL, never from the internal host).
   */
  readonly url: string;
  /** Header names lower-cased. */
  readonly headers: Readonly<Record<string, HeaderValue>>;
  readonly query: Readonly<Record<string, HeaderValue>>;
  readonly rawBody: Buffer;
}

/** The first value of a header (names are lower-case in {@link WebhookRequest}). */
export function headerOf(request: WebhookRequest, name: string): string | undefined {
  return firstOf(request.headers[name.toLowerCase()]);
}

/** The first value of a query parameter. */
export function queryOf(request: WebhookRequest, name: string): string | undefined {
  return firstOf(request.query[name]);
}

function firstOf(value: HeaderValue): string | undefined {
  return typeof value === 'string' ? value : value?.[0];
}
