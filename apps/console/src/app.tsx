import { Navigate, Route, Routes } from 'react-router-dom';
import { AdminLayout } from './features/admin/admin-layout';
import { AgentsAdminPage } from './features/admin/agents/agents-admin-page';
import { ArticlesPage } from './features/admin/articles/articles-page';
import { ChannelsPage } from './features/admin/channels/channels-page';
import { QueuesPage } from './features/admin/queues/queues-page';
import { UsersPage } from './features/admin/users/users-page';
import { AgentWorkspace } from './features/agent/agent-workspace';
import { LoginPage } from './features/login/login-page';
import { WallboardPage } from './features/supervisor/wallboard-page';
import { WidgetDemoPage } from './features/widget/widget-demo-page';
import { useAuth } from './shared/auth/auth-context';
import { RequireRole, homeFor } from './shared/auth/require-role';
import { AppLayout } from './shared/components/app-layout';
import { NotFound } from './shared/components/not-found';

function Home() {
  const { session } = useAuth();
  return <Navigate to={session ? homeFor(session.user.role) : '/login'} replace />;
}

export function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      {/* The customer's side: no sign-in, no console frame. */}
      <Route path="/widget-demo" element={<WidgetDemoPage />} />
      <Route element={<AppLayout />}>
        <Route index element={<Home />} />
        <Route path="agent" element={<RequireRole role="agent"><AgentWorkspace /></RequireRole>} />
        <Route path="wallboard" element={<RequireRole role="supervisor"><WallboardPage /></RequireRole>} />
        <Route path="admin" element={<RequireRole role="admin"><AdminLayout /></RequireRole>}>
          <Route index element={<Navigate to="agents" replace />} />
          <Route path="agents" element={<AgentsAdminPage />} />
          <Route path="queues" element={<QueuesPage />} />
          <Route path="articles" element={<ArticlesPage />} />
          <Route path="channels" element={<ChannelsPage />} />
          <Route path="users" element={<UsersPage />} />
        </Route>
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
