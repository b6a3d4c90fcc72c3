import { useState, type FormEvent } from 'react';
import { DEFAULT_CAPACITY, RoutingChannels, type AgentProfile, type AgentProfileInput, type ChannelCounts } from '../../../shared/api/routing.types';
import type { User } from '../../../shared/api/identity.types';
import { FormError } from '../form-error';
import { useSubmit } from '../use-submit';
import { SkillsEditor } from './skills-editor';

/** An agent's routing profile: skills with levels, languages, capacity per channel and in total. */
export function AgentProfileForm({ user, profile, onSave, onCancel }: { readonly user: User; readonly profile: AgentProfile | null; readonly onSave: (input: AgentProfileInput) => Promise<unknown>; readonly onCancel: () => void }) {
  const [skills, setSkills] = useState<[string, number][]>(Object.entries(profile?.skills ?? {}));
  const [languages, setLanguages] = useState((profile?.languages ?? []).join(', '));
  const [capacity, setCapacity] = useState<ChannelCounts>(profile?.capacity ?? DEFAULT_CAPACITY);
  const [maxTotal, setMaxTotal] = useState(profile?.maxTotal ?? 5);
  const [wrapUpSeconds, setWrapUpSeconds] = useState(profile?.wrapUpSeconds ?? 0);
  const submit = useSubmit();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    await submit.run(() =>
      onSave({
        displayName: user.displayName,
        skills: Object.fromEntries(skills.filter(([name]) => name.trim()).map(([name, level]) => [name.trim(), level])),
        languages: languages
          .split(',')
          .map((language) => language.trim())
          .filter(Boolean),
        capacity,
        maxTotal,
        wrapUpSeconds,
      }),
    );
  };

  return (
    <form className="panel-form" onSubmit={onSubmit} aria-labelledby="agent-form-title">
      <h3 id="agent-form-title">Routing profile of {user.displayName}</h3>
      <SkillsEditor skills={skills} onChange={setSkills} />
      <label className="field">
        <span>Languages (comma-separated, e.g. en, fr)</span>
        <input value={languages} onChange={(event) => setLanguages(event.target.value)} />
      </label>
      <fieldset className="fieldset">
        <legend>Capacity: contacts at once per channel</legend>
        <div className="form-grid form-grid--narrow">
          {RoutingChannels.map((channel) => (
            <label className="field" key={channel}>
              <span>{channel}</span>
              <input type="number" min={0} max={50} value={capacity[channel]} onChange={(event) => setCapacity({ ...capacity, [channel]: Number(event.target.value) })} />
            </label>
          ))}
          <label className="field">
            <span>total at most</span>
            <input type="number" min={1} max={100} value={maxTotal} onChange={(event) => setMaxTotal(Number(event.target.value))} />
          </label>
          <label className="field">
            <span>wrap-up time (s)</span>
            <input type="number" min={0} max={3600} value={wrapUpSeconds} onChange={(event) => setWrapUpSeconds(Number(event.target.value))} />
          </label>
        </div>
      </fieldset>
      <FormError error={submit.error} />
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={submit.pending}>
          {submit.pending ? 'Saving…' : 'Save profile'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
