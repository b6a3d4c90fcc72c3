import { useState, type FormEvent } from 'react';
import { Roles, type NewUser, type Role } from '../../../shared/api/identity.types';
import { FormError } from '../form-error';
import { useSubmit } from '../use-submit';

export function UserCreateForm({ onCreate }: { readonly onCreate: (user: NewUser) => Promise<unknown> }) {
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>('agent');
  const submit = useSubmit();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await submit.run(() => onCreate({ email: email.trim(), password, role, ...(displayName.trim() ? { displayName: displayName.trim() } : {}) }));
    if (done) {
      setEmail('');
      setDisplayName('');
      setPassword('');
    }
  };

  return (
    <form className="panel-form" onSubmit={onSubmit} aria-labelledby="new-user-title">
      <h3 id="new-user-title">Add a user</h3>
      <div className="form-grid">
        <label className="field">
          <span>Email</span>
          <input type="email" required value={email} onChange={(event) => setEmail(event.target.value)} />
        </label>
        <label className="field">
          <span>Display name (optional)</span>
          <input value={displayName} onChange={(event) => setDisplayName(event.target.value)} />
        </label>
        <label className="field">
          <span>Initial password (at least 8 characters)</span>
          <input type="password" autoComplete="new-password" required minLength={8} value={password} onChange={(event) => setPassword(event.target.value)} />
        </label>
        <label className="field">
          <span>Role</span>
          <select value={role} onChange={(event) => setRole(event.target.value as Role)}>
            {Roles.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </label>
      </div>
      <FormError error={submit.error} />
      <button type="submit" className="button button--primary" disabled={submit.pending}>
        {submit.pending ? 'Adding…' : 'Add user'}
      </button>
    </form>
  );
}
