/** An agent's skills, name → level 1..10, edited as rows. */
export function SkillsEditor({ skills, onChange }: { readonly skills: readonly (readonly [string, number])[]; readonly onChange: (skills: [string, number][]) => void }) {
  const replace = (index: number, skill: [string, number]) => onChange(skills.map((current, at): [string, number] => (at === index ? skill : [current[0], current[1]])));
  return (
    <fieldset className="fieldset">
      <legend>Skills (level 1 to 10)</legend>
      {skills.length === 0 && <p className="muted">No skills: this agent only takes queues that require none.</p>}
      <ul className="rows">
        {skills.map(([name, level], index) => (
          <li key={index} className="inline-form">
            <label>
              <span className="visually-hidden">Skill {index + 1}</span>
              <input placeholder="skill" value={name} onChange={(event) => replace(index, [event.target.value, level])} required />
            </label>
            <label>
              level <input type="number" min={1} max={10} className="input--narrow" value={level} onChange={(event) => replace(index, [name, Number(event.target.value)])} />
            </label>
            <button type="button" className="button button--small" onClick={() => onChange(skills.filter((_, at) => at !== index).map(([n, l]): [string, number] => [n, l]))} aria-label={`Remove skill ${name || index + 1}`}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button button--small" onClick={() => onChange([...skills.map(([n, l]): [string, number] => [n, l]), ['', 5]])}>
        Add a skill
      </button>
    </fieldset>
  );
}
