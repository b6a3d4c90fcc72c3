import { useState, type FormEvent } from 'react';
import { ChannelKinds, ChannelSecretNames, type ChannelKind, type NewChannel } from '../../../shared/api/channels.types';
import { FormError } from '../form-error';
import { useSubmit } from '../use-submit';

const KIND_LABELS: Readonly<Record<ChannelKind, string>> = {
  'twilio-voice': 'Twilio Voice',
  'twilio-messaging': 'Twilio SMS / WhatsApp',
  meta: 'Meta (Messenger, Instagram, WhatsApp Cloud)',
  telegram: 'Telegram',
  email: 'Email (inbound relay)',
  generic: 'Generic signed JSON',
};

export function kindLabel(kind: ChannelKind): string {
  return KIND_LABELS[kind];
}

function parseSettings(text: string): Record<string, unknown> {
  if (!text.trim()) return {};
  const parsed: unknown = JSON.parse(text);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('Settings must be a JSON object, e.g. {"accountSid": "AC…"}');
  return parsed as Record<string, unknown>;
}

/** A new channel connection: its kind, the secrets its provider signs with, and non-secret settings. */
export function ChannelCreateForm({ onCreate }: { readonly onCreate: (channel: NewChannel) => Promise<unknown> }) {
  const [kind, setKind] = useState<ChannelKind>('generic');
  const [secrets, setSecrets] = useState<Record<string, string>>({});
  const [settings, setSettings] = useState('');
  const submit = useSubmit();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const given = Object.fromEntries(Object.entries(secrets).filter(([name, value]) => value.trim() && ChannelSecretNames[kind].includes(name)));
    const done = await submit.run(async () => onCreate({ kind, secrets: given, settings: parseSettings(settings) }));
    if (done) {
      setSecrets({});
      setSettings('');
    }
  };

  return (
    <form className="panel-form" onSubmit={onSubmit} aria-labelledby="new-channel-title">
      <h3 id="new-channel-title">Connect a channel</h3>
      <div className="field">
        <label htmlFor="new-channel-kind">Provider</label>
        <select id="new-channel-kind" value={kind} onChange={(event) => setKind(event.target.value as ChannelKind)}>
          {ChannelKinds.map((option) => (
            <option key={option} value={option}>
              {KIND_LABELS[option]}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="fieldset">
        <legend>Secrets (never shown again once saved)</legend>
        <div className="form-grid">
          {ChannelSecretNames[kind].map((name) => (
            <label className="field" key={`${kind}-${name}`}>
              <span>{name}</span>
              <input type="password" autoComplete="off" value={secrets[name] ?? ''} onChange={(event) => setSecrets({ ...secrets, [name]: event.target.value })} />
            </label>
          ))}
        </div>
      </fieldset>
      <label className="field">
        <span>Settings (JSON, optional)</span>
        <textarea rows={2} value={settings} placeholder='{"defaultCountry": "GB"}' onChange={(event) => setSettings(event.target.value)} />
      </label>
      <FormError error={submit.error} />
      <button type="submit" className="button button--primary" disabled={submit.pending}>
        {submit.pending ? 'Connecting…' : 'Connect channel'}
      </button>
    </form>
  );
}
