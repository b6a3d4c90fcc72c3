import { useAuth, useSession } from '../../../shared/auth/auth-context';
import { AsyncView } from '../../../shared/components/async-view';
import { EmptyState } from '../../../shared/components/empty-state';
import { useAsync } from '../../../shared/hooks/use-async';
import { useDocumentTitle } from '../../../shared/hooks/use-document-title';
import { UserCreateForm } from './user-create-form';
import { UserRow } from './user-row';

/** The tenant's users and their roles (agent ⊂ supervisor ⊂ admin). */
export function UsersPage() {
  useDocumentTitle('Users · Admin');
  const { api } = useAuth();
  const { user: me } = useSession();
  const users = useAsync(() => api.identity.listUsers(), [api]);

  return (
    <section aria-labelledby="users-title">
      <h2 id="users-title">Users &amp; roles</h2>
      <p className="muted">An agent answers contacts; a supervisor also watches the wallboard; an admin also configures the tenant.</p>
      <AsyncView state={users} label="Loading users…">
        {(list) =>
          list.length === 0 ? (
            <EmptyState title="No users" />
          ) : (
            <div className="table-scroll">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Email</th>
                    <th scope="col">Role</th>
                    <th scope="col">Status</th>
                    <th scope="col">Actions</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((user) => (
                    <UserRow
                      key={user.id}
                      user={user}
                      isSelf={user.id === me.id}
                      onChange={async (changes) => {
                        const updated = await api.identity.updateUser(user.id, changes);
                        if (users.status === 'ready') users.set(list.map((item) => (item.id === updated.id ? updated : item)));
                      }}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </AsyncView>
      <UserCreateForm
        onCreate={async (input) => {
          await api.identity.createUser(input);
          users.reload();
        }}
      />
    </section>
  );
}
