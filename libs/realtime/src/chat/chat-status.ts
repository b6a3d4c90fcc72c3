import type { ChatStatus } from '@switchboard/contracts';
import type { ContactView } from '@switchboard/routing';

/**
 * What the widget shows for routing's view of its conversation. An offer is still waiting from the
 * customer's side; a contact routing no longer holds was closed (wrapped up, resolved, abandoned)
 * unless nothing was ever written.
 */
export function chatStatusOf(contact: ContactView | null, routed: boolean): ChatStatus {
  if (!contact) return routed ? 'closed' : 'new';
  return contact.status === 'offered' ? 'waiting' : contact.status;
}
