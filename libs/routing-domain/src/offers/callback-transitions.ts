import type { CallbackReason, Contact } from '../model/contact';
import { refuse, type Refused } from './transition';

/**
 * A waiting call becomes a request to call the customer back. It keeps its place in the queue and
 * its channel (voice), so it is offered to an agent with voice capacity like any call, and accepted,
 * assigned and wrapped up the same way; the caller may hang up meanwhile ({@link abandonContact}
 * refuses a callback request). An offered call is not turned: the agent may still answer it.
 */
export function requestCallback(contact: Contact, now: number, reason: CallbackReason): { readonly ok: true; readonly contact: Contact } | Refused {
  if (contact.channel !== 'voice') return refuse('contact-not-voice');
  if (contact.callback !== null) return refuse('contact-is-callback');
  if (contact.status !== 'waiting') return refuse('contact-not-waiting');
  return { ok: true, contact: { ...contact, callback: { requestedAt: now, reason } } };
}
