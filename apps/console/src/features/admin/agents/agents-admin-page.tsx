import { useState } from 'react';
import type { User } from '../../../shared/api/identity.types';
import { RoutingChannels, type AgentProfile } from '../../../shared/api/routing.types';
import { useAuth } from '../../../shared/auth/auth-context';
import { AsyncView } from '../../../shared/components/async-view';
import { EmptyState } from '../../../shared/components/empty-state';
import { useAsync } from '../../../shared/hooks/use-async';
import { useDocumentTitle } from '../../../shared/hooks/use-document-title';
import { AgentProfileForm } from './agent-profile-form';

function capacitySummary(profile: AgentProfile | undefined): string {
  if (!profile) return 'default (voice 1, chat 3, email 5, messaging 3, social 3)';
  return `${RoutingChannels.map((channel) => `${channel} ${profile.capacity[channel]}`).join(', ')}; total ${profile.maxTotal}`;
}

/** Every user who takes contacts (agents, and supervisors and admins who also answer) with their routing profile. */
export function AgentsAdminPage() {
  useDocumentTitle('Agents · Admin');
  const { api } = useAuth();
  const data = useAsync(async () => {
    const [users, profiles] = await Promise.all([api.identity.listUsers(), api.agents.list()]);
    return { users: users.filter((user) => user.active), profiles: new Map(profiles.map((profile) => [profile.agentId, profile])) };
  }, [api]);
  const [editing, setEditing] = useState<User | null>(null);

  return (
    <section aria-labelledby="agents-admin-title">
      <h2 id="agents-admin-title">Agents</h2>
      <p className="muted">Skills decide which queues an agent serves; capacity how many contacts they hold at once.</p>
      <AsyncView state={data} label="Loading agents…">
        {({ users, profiles }) => (
          <>
            {users.length === 0 ? (
              <EmptyState title="No users yet">Add users under Users &amp; roles.</EmptyState>
            ) : (
              <div className="table-scroll">
                <table className="table">
                  <thead>
                    <tr>
                      <th scope="col">Agent</th>
                      <th scope="col">Role</th>
                      <th scope="col">Skills</th>
                      <th scope="col">Languages</th>
                      <th scope="col">Capacity</th>
                      <th scope="col">
                        <span className="visually-hidden">Actions</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {users.map((user) => {
                      const profile = profiles.get(user.id);
                      return (
                        <tr key={user.id}>
                          <th scope="row">{user.displayName}</th>
                          <td>{user.role}</td>
                          <td>{profile ? Object.entries(profile.skills).map(([skill, level]) => `${skill} ${level}`).join(', ') || '—' : '—'}</td>
                          <td>{profile?.languages.join(', ') || '—'}</td>
                          <td>{capacitySummary(profile)}</td>
                          <td>
                            <button type="button" className="button button--small" onClick={() => setEditing(user)} aria-label={`Edit the routing profile of ${user.displayName}`}>
                              Edit
                            </button>
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )}
            {editing && (
              <AgentProfileForm
                key={editing.id}
                user={editing}
                profile={profiles.get(editing.id) ?? null}
                onCancel={() => setEditing(null)}
                onSave={async (input) => {
                  await api.agents.save(editing.id, input);
                  setEditing(null);
                  data.reload();
                }}
              />
            )}
          </>
        )}
      </AsyncView>
    </section>
  );
}
