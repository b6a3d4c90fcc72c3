// The conversations an agent has open, kept for this tab so that a reload (or a reconnect the
// server could not recover) reopens them: the session push says where the agent stands but not
// which conversations they hold.
const KEY = 'switchboard.agent.open-conversations';

export function loadOpenTabs(): string[] {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

export function saveOpenTabs(ids: readonly string[]): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(ids));
  } catch {
    // Storage blocked: tabs are simply not restored after a reload.
  }
}
