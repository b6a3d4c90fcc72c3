/**
 * Why the routing state refused a change. The state applies every change atomically after checking
 * it still holds (another router, or the agent, may have been faster): a refusal is normal, not a bug.
 */
export type Refusal =
  | 'contact-unknown'
  | 'contact-not-waiting'
  | 'contact-not-offered'
  | 'contact-not-assigned'
  | 'contact-not-self-service'
  | 'contact-assigned'
  | 'contact-not-voice'
  | 'contact-is-callback'
  | 'agent-unknown'
  | 'agent-not-available'
  | 'agent-has-offer'
  | 'agent-at-capacity'
  | 'agent-not-pinned'
  | 'offer-not-current'
  | 'offer-expired'
  | 'offer-not-due';

export type Refused = { readonly ok: false; readonly refusal: Refusal };

export function refuse(refusal: Refusal): Refused {
  return { ok: false, refusal };
}
