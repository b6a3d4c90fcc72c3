import { useState, type FormEvent } from 'react';
import { ChannelSecretNames, type Channel, type ChannelChanges } from '../../../shared/api/channels.types';
import { CopyButton } from '../../../shared/components/copy-button';
import { formatDateTime } from '../../../shared/format/time';
import { FormError } from '../form-error';
import { useSubmit } from '../use-submit';
import { kindLabel } from './channel-create-form';

/** A connected channel: the webhook URL to paste at the provider, its secrets' state, rotate and delete. */
export function ChannelCard({ channel, onChange, onRemove }: { readonly channel: Channel; readonly onChange: (changes: ChannelChanges) => Promise<unknown>; readonly onRemove: () => Promise<unknown> }) {
  const names = ChannelSecretNames[channel.kind];
  const [secretName, setSecretName] = useState(names[0] ?? '');
  const [secretValue, setSecretValue] = useState('');
  const submit = useSubmit();
  const urlId = `webhook-${channel.id}`;

  const setSecret = async (event: FormEvent) => {
    event.preventDefault();
    if (await submit.run(() => onChange({ secrets: { [secretName]: secretValue } }))) setSecretValue('');
  };

  const remove = () => {
    if (window.confirm(`Delete this ${kindLabel(channel.kind)} channel? Its webhooks will be refused.`)) void submit.run(onRemove);
  };

  return (
    <article className="card" aria-labelledby={`${urlId}-title`}>
      <header className="card__header">
        <h3 id={`${urlId}-title`}>{kindLabel(channel.kind)}</h3>
        <span className="muted">since {formatDateTime(channel.createdAt)}</span>
      </header>
      <div className="webhook">
        <label htmlFor={urlId}>Webhook URL (paste it at the provider)</label>
        <div className="inline-form">
          <input id={urlId} readOnly value={channel.webhookUrl} onFocus={(event) => event.target.select()} />
          <CopyButton value={channel.webhookUrl} label={`Copy the webhook URL of the ${kindLabel(channel.kind)} channel`} />
        </div>
      </div>
      <p>
        Secrets set: {channel.secretNames.length > 0 ? channel.secretNames.join(', ') : 'none'}
        {channel.missingSecrets.length > 0 && (
          <span className="chip chip--warn" role="note">
            Missing {channel.missingSecrets.join(', ')}: webhooks are refused (503) until set
          </span>
        )}
      </p>
      <form className="inline-form" onSubmit={setSecret}>
        <label>
          <span className="visually-hidden">Secret to set</span>
          <select value={secretName} onChange={(event) => setSecretName(event.target.value)}>
            {names.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="visually-hidden">New value of {secretName}</span>
          <input type="password" autoComplete="off" placeholder="New value" value={secretValue} onChange={(event) => setSecretValue(event.target.value)} required />
        </label>
        <button type="submit" className="button button--small" disabled={submit.pending}>
          Set secret
        </button>
        <button type="button" className="button button--small button--danger" onClick={remove} disabled={submit.pending}>
          Delete channel
        </button>
      </form>
      <FormError error={submit.error} />
    </article>
  );
}
