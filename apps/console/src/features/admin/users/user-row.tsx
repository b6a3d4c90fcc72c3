import { Roles, type Role, type User, type UserChanges } from '../../../shared/api/identity.types';
import { useSubmit } from '../use-submit';

export function UserRow({ user, isSelf, onChange }: { readonly user: User; readonly isSelf: boolean; readonly onChange: (changes: UserChanges) => Promise<unknown> }) {
  const submit = useSubmit();
  return (
    <tr>
      <th scope="row">{user.displayName}</th>
      <td>{user.email}</td>
      <td>
        <label>
          <span className="visually-hidden">Role of {user.email}</span>
          <select value={user.role} disabled={submit.pending || isSelf} onChange={(event) => void submit.run(() => onChange({ role: event.target.value as Role }))}>
            {Roles.map((role) => (
              <option key={role} value={role}>
                {role}
              </option>
            ))}
          </select>
        </label>
      </td>
      <td>{user.active ? 'Active' : 'Deactivated'}</td>
      <td>
        {!isSelf && (
          <button type="button" className="button button--small" disabled={submit.pending} onClick={() => void submit.run(() => onChange({ active: !user.active }))}>
            {user.active ? 'Deactivate' : 'Reactivate'}
          </button>
        )}
        {submit.error && (
          <span className="inline-error" role="alert">
            {submit.error}
          </span>
        )}
      </td>
    </tr>
  );
}
