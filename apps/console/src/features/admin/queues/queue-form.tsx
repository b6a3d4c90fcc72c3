import { useState, type FormEvent } from 'react';
import { RoutingChannels, type Queue, type QueueInput, type RoutingChannel } from '../../../shared/api/routing.types';
import { FormError } from '../form-error';
import { useSubmit } from '../use-submit';
import { OverflowStepsEditor } from './overflow-steps-editor';
import { SkillRequirementsEditor } from './skill-requirements-editor';

export const NEW_QUEUE: QueueInput = {
  name: '',
  channels: ['chat'],
  channelIds: [],
  requiredSkills: [],
  language: null,
  languageRequired: false,
  priority: 0,
  serviceLevel: { percent: 80, withinSeconds: 20 },
  offerTimeoutSeconds: 20,
  overflow: [],
  affinitySeconds: 0,
  selfService: true,
};

function toInput(queue: Queue): QueueInput {
  const { name, channels, channelIds, requiredSkills, language, languageRequired, priority, serviceLevel, offerTimeoutSeconds, overflow, affinitySeconds, selfService } = queue;
  return { name, channels, channelIds, requiredSkills, language, languageRequired: languageRequired ?? false, priority, serviceLevel, offerTimeoutSeconds, overflow, affinitySeconds, selfService };
}

/** Creates (with an id) or edits a queue: what it serves, who qualifies, its targets and overflow. */
export function QueueForm({ queue, otherQueueIds, onSave, onCancel }: { readonly queue: Queue | null; readonly otherQueueIds: readonly string[]; readonly onSave: (id: string, input: QueueInput) => Promise<unknown>; readonly onCancel: () => void }) {
  const [id, setId] = useState(queue?.id ?? '');
  const [input, setInput] = useState<QueueInput>(queue ? toInput(queue) : NEW_QUEUE);
  const submit = useSubmit();
  const set = <K extends keyof QueueInput>(key: K, value: QueueInput[K]) => setInput({ ...input, [key]: value });
  const toggleChannel = (channel: RoutingChannel, on: boolean) => set('channels', on ? [...input.channels, channel] : input.channels.filter((item) => item !== channel));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    await submit.run(() => onSave(id.trim(), input));
  };

  return (
    <form className="panel-form" onSubmit={onSubmit} aria-labelledby="queue-form-title">
      <h3 id="queue-form-title">{queue ? `Edit queue ${queue.name}` : 'New queue'}</h3>
      <div className="form-grid">
        <label className="field">
          <span>Id (lower-case letters, digits, - and _)</span>
          <input value={id} onChange={(event) => setId(event.target.value)} pattern="[a-z0-9][a-z0-9_\-]{0,63}" required disabled={queue !== null} />
        </label>
        <label className="field">
          <span>Name</span>
          <input value={input.name} onChange={(event) => set('name', event.target.value)} required maxLength={120} />
        </label>
        <label className="field">
          <span>Language (empty for any)</span>
          <input value={input.language ?? ''} onChange={(event) => set('language', event.target.value.trim() || null)} maxLength={16} />
        </label>
        <label className="field">
          <span>Priority (−50 … 50)</span>
          <input type="number" min={-50} max={50} value={input.priority} onChange={(event) => set('priority', Number(event.target.value))} />
        </label>
        <label className="field">
          <span>Service level: % answered…</span>
          <input type="number" min={1} max={100} value={input.serviceLevel.percent} onChange={(event) => set('serviceLevel', { ...input.serviceLevel, percent: Number(event.target.value) })} />
        </label>
        <label className="field">
          <span>…within seconds</span>
          <input type="number" min={1} value={input.serviceLevel.withinSeconds} onChange={(event) => set('serviceLevel', { ...input.serviceLevel, withinSeconds: Number(event.target.value) })} />
        </label>
        <label className="field">
          <span>Offer timeout (s)</span>
          <input type="number" min={5} max={600} value={input.offerTimeoutSeconds} onChange={(event) => set('offerTimeoutSeconds', Number(event.target.value))} />
        </label>
        <label className="field">
          <span>Last-agent affinity (s, 0 = off)</span>
          <input type="number" min={0} max={3600} value={input.affinitySeconds} onChange={(event) => set('affinitySeconds', Number(event.target.value))} />
        </label>
      </div>
      <fieldset className="fieldset fieldset--inline">
        <legend>Channels served</legend>
        {RoutingChannels.map((channel) => (
          <label key={channel} className="checkbox">
            <input type="checkbox" checked={input.channels.includes(channel)} onChange={(event) => toggleChannel(channel, event.target.checked)} /> {channel}
          </label>
        ))}
      </fieldset>
      <label className="checkbox">
        <input type="checkbox" checked={input.languageRequired} disabled={input.language === null} onChange={(event) => set('languageRequired', event.target.checked)} /> Only agents who speak the
        language (otherwise they are preferred, and others help when none is free)
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={input.selfService} onChange={(event) => set('selfService', event.target.checked)} /> Self-service first: text contacts get knowledge-base answers and reach an agent when they ask
      </label>
      <SkillRequirementsEditor skills={input.requiredSkills} onChange={(skills) => set('requiredSkills', skills)} />
      <OverflowStepsEditor steps={input.overflow} otherQueueIds={otherQueueIds} onChange={(steps) => set('overflow', steps)} />
      <FormError error={submit.error} />
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={submit.pending}>
          {submit.pending ? 'Saving…' : 'Save queue'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
