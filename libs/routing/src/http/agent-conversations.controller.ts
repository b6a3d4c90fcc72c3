import { Controller, Get, Param, UseFilters } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AccessClaims } from '@switchboard/contracts';
import { CurrentUser, ErrorMappingFilter, requireRole } from '@switchboard/runtime';
import { RoutingService, type ContactView } from '../routing.facade';
import { ContactViewDto } from './dto/contact-view.dto';

/**
 * The conversations assigned to an agent now, in the caller's tenant: an agent asks for their own
 * (e.g. to rebuild their workspace after a reload); supervisors may ask for anyone's.
 */
@ApiTags('routing')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'the caller lacks the role' })
@UseFilters(ErrorMappingFilter)
@Controller('api/agents')
export class AgentConversationsController {
  constructor(private readonly routing: RoutingService) {}

  // Declared before `:agentId`: `me` is not an id.
  @Get('me/conversations')
  @ApiOperation({ summary: "The caller's assigned conversations, longest held first" })
  @ApiOkResponse({ type: [ContactViewDto] })
  async mine(@CurrentUser() caller: AccessClaims): Promise<ContactView[]> {
    requireRole(caller, 'agent');
    return this.routing.assignedTo(caller.tenantId, caller.sub);
  }

  @Get(':agentId/conversations')
  @ApiOperation({ summary: "An agent's assigned conversations (supervisors, or the agent themselves)" })
  @ApiOkResponse({ type: [ContactViewDto], description: 'empty for an agent with none, or unknown in the tenant' })
  async ofAgent(@CurrentUser() caller: AccessClaims, @Param('agentId') agentId: string): Promise<ContactView[]> {
    if (agentId !== caller.sub) requireRole(caller, 'supervisor');
    return this.routing.assignedTo(caller.tenantId, agentId);
  }
}
