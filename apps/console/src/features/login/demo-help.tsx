import { DEMO_PASSWORD, DEMO_USERS } from './demo-users';

/** The first thing a new user reads: how to get in, and how to start a conversation to answer. */
export function DemoHelp({ onPick }: { readonly onPick: (email: string) => void }) {
  return (
    <section className="demo-help" aria-labelledby="demo-help-title">
      <h2 id="demo-help-title">Trying the demo?</h2>
      <p>
        The demo tenant has these users, all with the password <code>{DEMO_PASSWORD}</code> (unless the server was started with{' '}
        <code>DEMO_PASSWORD</code>). Pick one to fill in the form:
      </p>
      <ul className="demo-help__users">
        {DEMO_USERS.map((user) => (
          <li key={user.email}>
            <button type="button" className="button button--link" onClick={() => onPick(user.email)}>
              {user.email}
            </button>{' '}
            <span className="role-tag">{user.role}</span> {user.what}
          </li>
        ))}
        <li>
          <code>agent2@demo.test</code> … <code>agent5@demo.test</code> are agents too.
        </li>
      </ul>
      <h3>Try a conversation</h3>
      <ol>
        <li>Sign in here as an agent and set yourself <strong>Available</strong>.</li>
        <li>
          Open the{' '}
          <a href="/widget-demo" target="_blank" rel="noopener">
            widget demo page
          </a>{' '}
          (<code>/widget-demo</code>) in another tab, start a chat as a customer and ask for a person.
        </li>
        <li>Back here, the offer rings: accept it (or press Alt+A) and reply; the visitor sees your answer in the widget.</li>
        <li>
          To watch the queue live, sign in as <code>supervisor@demo.test</code> in a third tab: each browser tab keeps its own session.
        </li>
      </ol>
    </section>
  );
}
