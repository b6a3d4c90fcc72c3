import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { createApi } from '../api/api';
import { createHttpClient } from '../api/http-client';
import { AuthContext, type AuthState } from './auth-context';
import { loadSession, refreshDelayMs, saveSession, type Session } from './session';

const REFRESH_RETRY_MS = 15_000;

/**
 * Holds the session: in memory (a ref, read by every API call and socket handshake) and in
 * sessionStorage (so a reload keeps the user signed in). Refreshes the token before it expires.
 */
export function AuthProvider({ children }: { readonly children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(() => loadSession());
  const [notice, setNotice] = useState<string | null>(null);
  const current = useRef(session);
  current.current = session;

  const replace = useCallback((next: Session | null) => {
    current.current = next;
    saveSession(next);
    setSession(next);
  }, []);

  const logout = useCallback(
    (reason?: string) => {
      setNotice(reason ?? null);
      replace(null);
    },
    [replace],
  );

  const api = useMemo(
    () => createApi(createHttpClient({ token: () => current.current?.accessToken ?? null, onUnauthorized: () => logout('Your session has ended. Please sign in again.') })),
    [logout],
  );

  const login = useCallback(
    async (email: string, password: string) => {
      const answer = await api.identity.login(email, password);
      const next: Session = { accessToken: answer.accessToken, expiresAt: answer.expiresAt, user: answer.user };
      setNotice(null);
      replace(next);
      return next;
    },
    [api, replace],
  );

  useEffect(() => {
    if (!session) return undefined;
    let timer = 0;
    const attempt = () => {
      api.identity.refresh().then(
        (token) => replace({ ...session, accessToken: token.accessToken, expiresAt: token.expiresAt }),
        // A 401 has already signed the user out (onUnauthorized). Anything else (the network, a
        // restart) is tried again shortly while the token is still good.
        () => {
          if (Date.parse(session.expiresAt) <= Date.now()) logout('Your session has expired. Please sign in again.');
          else timer = window.setTimeout(attempt, REFRESH_RETRY_MS);
        },
      );
    };
    timer = window.setTimeout(attempt, refreshDelayMs(session.expiresAt));
    return () => window.clearTimeout(timer);
  }, [session, api, replace, logout]);

  const value = useMemo<AuthState>(() => ({ session, api, login, logout, notice }), [session, api, login, logout, notice]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
