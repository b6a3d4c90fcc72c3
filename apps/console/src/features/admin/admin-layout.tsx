import { NavLink, Outlet } from 'react-router-dom';

const SECTIONS = [
  { to: 'agents', label: 'Agents' },
  { to: 'queues', label: 'Queues' },
  { to: 'articles', label: 'Knowledge base' },
  { to: 'channels', label: 'Channels' },
  { to: 'users', label: 'Users & roles' },
] as const;

/** Admin: the tenant's set-up, one section per thing an admin configures. */
export function AdminLayout() {
  return (
    <main className="page admin" id="main">
      <h1 className="visually-hidden">Admin</h1>
      <nav aria-label="Admin sections" className="admin__nav">
        {SECTIONS.map((section) => (
          <NavLink key={section.to} to={section.to}>
            {section.label}
          </NavLink>
        ))}
      </nav>
      <div className="admin__content">
        <Outlet />
      </div>
    </main>
  );
}
