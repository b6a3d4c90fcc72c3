import { NavLink, Outlet } from 'react-router-dom';
import { roleSatisfies } from '../api/identity.types';
import { useAuth } from '../auth/auth-context';

/** The signed-in frame: a skip link, the navigation the user's role allows, who is signed in. */
export function AppLayout() {
  const { session, logout } = useAuth();
  if (!session) return <Outlet />;
  const { user } = session;
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <span className="app-header__brand">Switchboard</span>
        <nav aria-label="Main" className="app-nav">
          <NavLink to="/agent">Workspace</NavLink>
          {roleSatisfies(user.role, 'supervisor') && <NavLink to="/wallboard">Wallboard</NavLink>}
          {roleSatisfies(user.role, 'admin') && <NavLink to="/admin">Admin</NavLink>}
        </nav>
        <div className="app-header__user">
          <span>
            <span className="app-header__name">{user.displayName}</span> <span className="role-tag">{user.role}</span>
          </span>
          <button type="button" className="button button--ghost" onClick={() => logout()}>
            Sign out
          </button>
        </div>
      </header>
      <Outlet />
    </div>
  );
}
