import type { Connection } from './state/workspace-state';

/** Says when offers and messages cannot arrive, so an agent never waits on a dead line. */
export function ConnectionBanner({ connection, problem }: { readonly connection: Connection; readonly problem: string | null }) {
  if (connection === 'online') return null;
  const text =
    connection === 'connecting'
      ? 'Connecting to the contact centre…'
      : connection === 'reconnecting'
        ? 'Connection lost — reconnecting. Offers and messages will arrive once it is back.'
        : `The server refused the connection: ${problem ?? 'unknown reason'}. Sign out and in again.`;
  return (
    <p className={`banner ${connection === 'refused' ? 'banner--error' : 'banner--info'}`} role={connection === 'refused' ? 'alert' : 'status'}>
      {text}
    </p>
  );
}
