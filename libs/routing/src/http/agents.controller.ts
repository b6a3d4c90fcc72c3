import { Body, Controller, Get, Param, Put, UseFilters } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AccessClaims } from '@switchboard/contracts';
import type { AgentProfile } from '@switchboard/routing-domain';
import { CurrentUser, ErrorMappingFilter, requireRole } from '@switchboard/runtime';
import { RoutingCatalog } from '../catalog/routing-catalog';
import { RoutingService, type AgentFigures, type AgentView } from '../routing.facade';
import { AgentDirectoryEntryDto, AgentProfileDto, PresenceDto } from './dto/agent-profile.dto';
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
  async list(@CurrentUser() caller: AccessClaims): Promise<AgentProfile[]> {
    requireRole(caller, 'supervisor');
    return this.catalog.profiles(caller.tenantId);
  }

  /** Colleagues to hand a conversation to: every agent may read who is there and their presence, nothing more. */
  @Get('directory')
  @ApiOkResponse({ type: [AgentDirectoryEntryDto] })
  async directory(@CurrentUser() caller: AccessClaims): Promise<AgentDirectoryEntryDto[]> {
    requireRole(caller, 'agent');
    const figures = await this.routing.agentFigures(caller.tenantId);
    return figures.map(({ agentId, displayName, presence }) => ({ agentId, displayName, presence })).sort((a, b) => a.displayName.localeCompare(b.displayName));
  }

  @Get('figures')
  async figures(@CurrentUser() caller: AccessClaims): Promise<AgentFigures[]> {
    requireRole(caller, 'supervisor');
    return this.routing.agentFigures(caller.tenantId);
  }

  @Get(':agentId')
  async get(@CurrentUser() caller: AccessClaims, @Param('agentId') agentId: string): Promise<AgentProfile> {
    if (agentId !== caller.sub) requireRole(caller, 'supervisor');
    return this.catalog.profile(caller.tenantId, agentId);
  }

  @Put(':agentId')
  async put(@CurrentUser() caller: AccessClaims, @Param('agentId') agentId: string, @Body() body: AgentProfileDto): Promise<AgentProfile> {
    requireRole(caller, 'admin');
    return this.catalog.saveProfile(caller.tenantId, toProfile(agentId, body));
  }

  @Put(':agentId/presence')
  async presence(@CurrentUser() caller: AccessClaims, @Param('agentId') agentId: string, @Body() body: PresenceDto): Promise<AgentView> {
    const self = agentId === caller.sub;
    if (!self) requireRole(caller, 'supervisor');
    return this.routing.setPresence(caller.tenantId, agentId, body.presence, { by: self ? 'agent' : 'supervisor' });
  }
}
