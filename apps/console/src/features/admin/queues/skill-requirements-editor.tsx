import type { SkillRequirement } from '../../../shared/api/routing.types';

export function SkillRequirementsEditor({ skills, onChange }: { readonly skills: readonly SkillRequirement[]; readonly onChange: (skills: SkillRequirement[]) => void }) {
  const replace = (index: number, skill: SkillRequirement) => onChange(skills.map((current, at) => (at === index ? skill : current)));
  return (
    <fieldset className="fieldset">
      <legend>Required skills</legend>
      {skills.length === 0 && <p className="muted">None: every agent serving these channels qualifies.</p>}
      <ul className="rows">
        {skills.map((skill, index) => (
          <li key={index} className="inline-form">
            <label>
              <span className="visually-hidden">Skill {index + 1}</span>
              <input placeholder="skill" value={skill.skill} onChange={(event) => replace(index, { ...skill, skill: event.target.value })} required />
            </label>
            <label>
              at least level{' '}
              <input type="number" min={1} max={10} className="input--narrow" value={skill.minLevel} onChange={(event) => replace(index, { ...skill, minLevel: Number(event.target.value) })} />
            </label>
            <button type="button" className="button button--small" onClick={() => onChange(skills.filter((_, at) => at !== index))} aria-label={`Remove skill ${skill.skill || index + 1}`}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button button--small" onClick={() => onChange([...skills, { skill: '', minLevel: 5 }])}>
        Add a skill
      </button>
    </fieldset>
  );
}
