import { Body, Controller, Get, Param, Put, UseFilters } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiTags } from '@nestjs/swagger';
import type { AccessClaims } from '@switchboard/contracts';
import type { AgentProfile } from '@switchboard/routing-domain';
import { ErrorMappingFilter } from '@switchboard/runtime';
import { RoutingCatalog } from '../catalog/routing-catalog';
import { RoutingService, type AgentFigures, type AgentView } from '../routing.facade';
import { Caller, requireRole } from './caller';
import { AgentProfileDto, PresenceDto } from './dto/agent-profile.dto';
import { toProfile } from './dto/to-model';

/**
 * Agents' routing profiles (keyed by user id): admins set skills, languages and capacities;
 * supervisors read them and the live figures; an agent reads their own and sets their own presence.
 */
@ApiTags('routing')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'the caller lacks the role' })
@UseFilters(ErrorMappingFilter)
@Controller('api/routing/agents')
export class AgentsController {
  constructor(
    private readonly catalog: RoutingCatalog,
    private readonly routing: RoutingService,
  ) {}

  @Get()
  async list(@Caller() caller: AccessClaims): Promise<AgentProfile[]> {
    requireRole(caller, 'supervisor');
    return this.catalog.profiles(caller.tenantId);
  }

  @Get('figures')
  async figures(@Caller() caller: AccessClaims): Promise<AgentFigures[]> {
    requireRole(caller, 'supervisor');
    return this.routing.agentFigures(caller.tenantId);
  }

  @Get(':agentId')
  async get(@Caller() caller: AccessClaims, @Param('agentId') agentId: string): Promise<AgentProfile> {
    if (agentId !== caller.sub) requireRole(caller, 'supervisor');
    return this.catalog.profile(caller.tenantId, agentId);
  }

  @Put(':agentId')
  async put(@Caller() caller: AccessClaims, @Param('agentId') agentId: string, @Body() body: AgentProfileDto): Promise<AgentProfile> {
    requireRole(caller, 'admin');
    return this.catalog.saveProfile(caller.tenantId, toProfile(agentId, body));
  }

  @Put(':agentId/presence')
  async presence(@Caller() caller: AccessClaims, @Param('agentId') agentId: string, @Body() body: PresenceDto): Promise<AgentView> {
    const self = agentId === caller.sub;
    if (!self) requireRole(caller, 'supervisor');
    return this.routing.setPresence(caller.tenantId, agentId, body.presence, { by: self ? 'agent' : 'supervisor' });
  }
}
