import { ApiError, apiErrorFrom } from './api-error';

export interface HttpClient {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body?: unknown): Promise<T>;
  put<T>(path: string, body?: unknown): Promise<T>;
  patch<T>(path: string, body?: unknown): Promise<T>;
  delete(path: string): Promise<void>;
}

export interface HttpClientOptions {
  /** The current access token, read at each call so that a refreshed token is used at once. */
  readonly token: () => string | null;
  /** Called when the server says the token is no longer good (401), so the app can sign out. */
  readonly onUnauthorized?: () => void;
  readonly baseUrl?: string;
}

/** JSON over fetch, with the bearer token and errors turned into {@link ApiError}. */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const base = options.baseUrl ?? '';

  async function send<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    const token = options.token();
    if (token) headers['authorization'] = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(`${base}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch {
      throw new ApiError(0, 'network error', 'NETWORK');
    }
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    const parsed: unknown = text ? safeJson(text) : null;
    if (!response.ok) {
      if (response.status === 401 && token) options.onUnauthorized?.();
      throw apiErrorFrom(response.status, parsed, `${method} ${path} failed (${response.status})`);
    }
    return parsed as T;
  }

  return {
    get: (path) => send('GET', path),
    post: (path, body) => send('POST', path, body ?? {}),
    put: (path, body) => send('PUT', path, body ?? {}),
    patch: (path, body) => send('PATCH', path, body ?? {}),
    delete: (path) => send('DELETE', path),
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
