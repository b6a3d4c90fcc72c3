import { DEFAULT_CAPACITY, defaultQueue, type AgentProfile, type OverflowStep, type Queue } from '@switchboard/routing-domain';
import { InvalidRoutingInput } from '../../routing.errors';
import type { AgentProfileDto } from './agent-profile.dto';
import type { OverflowStepDto, QueueDto } from './queue.dto';

function toStep(step: OverflowStepDto, queueId: string): OverflowStep {
  switch (step.action) {
    case 'relax-skills':
      return { afterSeconds: step.afterSeconds, action: step.action, minLevel: step.minLevel ?? 1 };
    case 'add-queue-agents':
      if (!step.queueId || step.queueId === queueId) throw new InvalidRoutingInput('add-queue-agents needs another queue');
      return { afterSeconds: step.afterSeconds, action: step.action, queueId: step.queueId };
    default:
      return { afterSeconds: step.afterSeconds, action: step.action };
  }
}

/** A queue from the admin's request, with the defaults filled in (offer timeout 20 s, 80% in 20 s). */
export function toQueue(id: string, dto: QueueDto): Queue {
  const defaults = defaultQueue();
  return {
    id,
    name: dto.name,
    channels: [...new Set(dto.channels)],
    channelIds: dto.channelIds ?? [],
    requiredSkills: (dto.requiredSkills ?? []).map((requirement) => ({ skill: requirement.skill, minLevel: requirement.minLevel })),
    language: dto.language ?? null,
    // Without a language there is nothing to require.
    languageRequired: Boolean(dto.language) && dto.languageRequired === true,
    priority: dto.priority ?? 0,
    serviceLevel: dto.serviceLevel ? { percent: dto.serviceLevel.percent, withinSeconds: dto.serviceLevel.withinSeconds } : defaults.serviceLevel,
    offerTimeoutSeconds: dto.offerTimeoutSeconds ?? defaults.offerTimeoutSeconds,
    overflow: [...(dto.overflow ?? [])].sort((a, b) => a.afterSeconds - b.afterSeconds).map((step) => toStep(step, id)),
    affinitySeconds: dto.affinitySeconds ?? 0,
    selfService: dto.selfService ?? false,
  };
}

export function toProfile(agentId: string, dto: AgentProfileDto): AgentProfile {
  const skills = dto.skills ?? {};
  for (const [skill, level] of Object.entries(skills)) {
    if (!Number.isInteger(level) || level < 1 || level > 10) throw new InvalidRoutingInput(`skill ${skill}: level must be an integer 1..10`);
  }
  return {
    agentId,
    displayName: dto.displayName ?? agentId,
    skills,
    languages: dto.languages ?? [],
    capacity: dto.capacity ? { ...dto.capacity } : DEFAULT_CAPACITY,
    maxTotal: dto.maxTotal ?? 5,
    wrapUpSeconds: dto.wrapUpSeconds ?? 0,
  };
}
