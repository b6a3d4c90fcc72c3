import { createContext, useContext } from 'react';
import type { Api } from '../api/api';
import type { Session } from './session';

export interface AuthState {
  readonly session: Session | null;
  readonly api: Api;
  login(email: string, password: string): Promise<Session>;
  logout(reason?: string): void;
  /** Why the user was signed out without asking (expired session), shown on the login screen. */
  readonly notice: string | null;
}

export const AuthContext = createContext<AuthState | null>(null);

export function useAuth(): AuthState {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth must be used inside <AuthProvider>');
  return auth;
}

/** The signed-in session, for screens that are only reachable behind the route guard. */
export function useSession(): Session {
  const { session } = useAuth();
  if (!session) throw new Error('useSession used outside a guarded route');
  return session;
}
