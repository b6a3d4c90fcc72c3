import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { roleSatisfies, type Role } from '../api/identity.types';
import { NotAllowed } from '../components/not-allowed';
import { useAuth } from './auth-context';

/**
 * The route guard: signed-out visitors go to the login screen (and come back after), a signed-in
 * user without the role sees "not allowed". The server refuses the API calls too; this only keeps
 * people from screens that could not work for them.
 */
export function RequireRole({ role, children }: { readonly role: Role; readonly children: ReactNode }) {
  const { session } = useAuth();
  const location = useLocation();
  if (!session) return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
  if (!roleSatisfies(session.user.role, role)) return <NotAllowed needed={role} />;
  return <>{children}</>;
}

/** Where a user lands after signing in: the screen their role works in. */
export function homeFor(role: Role): string {
  switch (role) {
    case 'admin':
      return '/admin';
    case 'supervisor':
      return '/wallboard';
    case 'agent':
      return '/agent';
  }
}
