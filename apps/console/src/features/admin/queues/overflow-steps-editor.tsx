import { OverflowActions, type OverflowAction, type OverflowStep } from '../../../shared/api/routing.types';

const ACTION_LABELS: Readonly<Record<OverflowAction, string>> = {
  'relax-skills': 'Relax the skill level to',
  'add-queue-agents': "Add another queue's agents",
  'offer-callback': 'Offer a callback (voice)',
  'offer-self-service': 'Offer self-service',
};

function stepFor(action: OverflowAction, afterSeconds: number, queueIds: readonly string[]): OverflowStep {
  switch (action) {
    case 'relax-skills':
      return { afterSeconds, action, minLevel: 1 };
    case 'add-queue-agents':
      return { afterSeconds, action, queueId: queueIds[0] ?? '' };
    case 'offer-callback':
      return { afterSeconds, action };
    case 'offer-self-service':
      return { afterSeconds, action };
  }
}

/** What happens to a contact as its wait grows; steps accumulate once reached. */
export function OverflowStepsEditor({ steps, onChange, otherQueueIds }: { readonly steps: readonly OverflowStep[]; readonly onChange: (steps: OverflowStep[]) => void; readonly otherQueueIds: readonly string[] }) {
  const replace = (index: number, step: OverflowStep) => onChange(steps.map((current, at) => (at === index ? step : current)));
  return (
    <fieldset className="fieldset">
      <legend>Overflow steps</legend>
      {steps.length === 0 && <p className="muted">None: contacts wait for a matching agent however long it takes.</p>}
      <ol className="rows">
        {steps.map((step, index) => (
          <li key={index} className="inline-form">
            <label>
              After{' '}
              <input type="number" min={0} max={86400} className="input--narrow" value={step.afterSeconds} onChange={(event) => replace(index, { ...step, afterSeconds: Number(event.target.value) })} /> s
            </label>
            <label>
              <span className="visually-hidden">Action of step {index + 1}</span>
              <select value={step.action} onChange={(event) => replace(index, stepFor(event.target.value as OverflowAction, step.afterSeconds, otherQueueIds))}>
                {OverflowActions.map((action) => (
                  <option key={action} value={action}>
                    {ACTION_LABELS[action]}
                  </option>
                ))}
              </select>
            </label>
            {step.action === 'relax-skills' && (
              <label>
                <span className="visually-hidden">Lowest level accepted</span>
                <input type="number" min={1} max={10} className="input--narrow" value={step.minLevel} onChange={(event) => replace(index, { ...step, minLevel: Number(event.target.value) })} />
              </label>
            )}
            {step.action === 'add-queue-agents' && (
              <label>
                <span className="visually-hidden">Queue whose agents help</span>
                <select value={step.queueId} onChange={(event) => replace(index, { ...step, queueId: event.target.value })}>
                  {otherQueueIds.length === 0 && <option value="">(no other queue)</option>}
                  {otherQueueIds.map((id) => (
                    <option key={id} value={id}>
                      {id}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <button type="button" className="button button--small" onClick={() => onChange(steps.filter((_, at) => at !== index))} aria-label={`Remove step ${index + 1}`}>
              Remove
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="button button--small" onClick={() => onChange([...steps, stepFor('relax-skills', (steps[steps.length - 1]?.afterSeconds ?? 0) + 60, otherQueueIds)])}>
        Add a step
      </button>
    </fieldset>
  );
}
