import { useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { ApiError, describeError } from '../../shared/api/api-error';
import { useAuth } from '../../shared/auth/auth-context';
import { homeFor } from '../../shared/auth/require-role';
import { useDocumentTitle } from '../../shared/hooks/use-document-title';
import { DemoHelp } from './demo-help';
import { DEMO_PASSWORD } from './demo-users';

function returnPath(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('from' in state)) return null;
  const from = (state as { from: unknown }).from;
  return typeof from === 'string' && from.startsWith('/') && from !== '/login' ? from : null;
}

export function LoginPage() {
  useDocumentTitle('Sign in');
  const { session, login, notice } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (session) return <Navigate to={returnPath(location.state) ?? homeFor(session.user.role)} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      const signedIn = await login(email.trim(), password);
      navigate(returnPath(location.state) ?? homeFor(signedIn.user.role), { replace: true });
    } catch (failure) {
      setError(failure instanceof ApiError && failure.status === 401 ? 'Wrong email or password.' : describeError(failure));
    } finally {
      setPending(false);
    }
  };

  const pick = (picked: string) => {
    setEmail(picked);
    setPassword(DEMO_PASSWORD);
  };

  return (
    <main className="login" id="main">
      <section className="login__card" aria-labelledby="login-title">
        <h1 id="login-title">Sign in to Switchboard</h1>
        {notice && (
          <p className="banner banner--info" role="status">
            {notice}
          </p>
        )}
        <form onSubmit={submit} className="form" aria-describedby={error ? 'login-error' : undefined}>
          <label className="field">
            <span>Email</span>
            <input type="email" name="email" autoComplete="username" required value={email} onChange={(event) => setEmail(event.target.value)} />
          </label>
          <label className="field">
            <span>Password</span>
            <input type="password" name="password" autoComplete="current-password" required value={password} onChange={(event) => setPassword(event.target.value)} />
          </label>
          {error && (
            <p className="banner banner--error" role="alert" id="login-error">
              {error}
            </p>
          )}
          <button type="submit" className="button button--primary" disabled={pending}>
            {pending ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      </section>
      <DemoHelp onPick={pick} />
    </main>
  );
}
