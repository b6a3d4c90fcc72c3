import type { ConsentPurpose, ConsentStatus, CustomerCard } from '../../../shared/api/timeline.types';
import { ConsentEditor } from './consent-editor';

const IDENTITY_LABELS: Readonly<Record<string, string>> = {
  phone: 'Phone',
  email: 'Email',
  whatsapp: 'WhatsApp',
  messenger: 'Messenger',
  instagram: 'Instagram',
  telegram: 'Telegram',
  'chat-visitor': 'Web chat visitor',
};

/** Who the customer is: name, company, language, every way to reach them, and what they consented to. */
export function CustomerProfile({ customer, onConsent, idPrefix }: { readonly customer: CustomerCard; readonly onConsent: (purpose: ConsentPurpose, status: ConsentStatus) => Promise<unknown>; readonly idPrefix: string }) {
  if (customer.status === 'erased') return <p className="banner banner--info">This customer was erased: their personal data can no longer be read.</p>;
  return (
    <>
      <section className="side-section" aria-labelledby={`${idPrefix}-profile-title`}>
        <h3 id={`${idPrefix}-profile-title`}>{customer.displayName ?? 'Unnamed customer'}</h3>
        <dl className="facts">
          {customer.company && (
            <div className="facts__row">
              <dt>Company</dt>
              <dd>{customer.company}</dd>
            </div>
          )}
          <div className="facts__row">
            <dt>Language</dt>
            <dd>{customer.language ?? 'not known'}</dd>
          </div>
          {Object.entries(customer.attributes).map(([key, value]) => (
            <div key={key} className="facts__row">
              <dt>{key}</dt>
              <dd>{value ?? '—'}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="side-section" aria-labelledby={`${idPrefix}-identities-title`}>
        <h3 id={`${idPrefix}-identities-title`}>Identities</h3>
        {customer.identities.length === 0 ? (
          <p className="muted">No identities linked.</p>
        ) : (
          <ul className="identities">
            {customer.identities.map((identity, index) => (
              <li key={`${identity.kind}-${index}`}>
                <span className="muted">{IDENTITY_LABELS[identity.kind] ?? identity.kind}</span> {identity.value ?? 'unreadable'}
              </li>
            ))}
          </ul>
        )}
      </section>
      <ConsentEditor customer={customer} onChange={onConsent} idPrefix={idPrefix} />
    </>
  );
}
