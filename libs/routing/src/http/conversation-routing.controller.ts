import { Controller, Get, Param, UseFilters } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import type { AccessClaims } from '@switchboard/contracts';
import { CurrentUser, ErrorMappingFilter, requireRole } from '@switchboard/runtime';
import type { RoutingExplanation } from '../explaining/routing-explainer';
import { RoutingResourceNotFound } from '../routing.errors';
import { RoutingService } from '../routing.facade';

/** Why a conversation went where it went: every routing decision with its reasons, for supervisors. */
@ApiTags('routing')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'the caller lacks the role' })
@UseFilters(ErrorMappingFilter)
@Controller('api/conversations')
export class ConversationRoutingController {
  constructor(private readonly routing: RoutingService) {}

  @Get(':id/routing')
  @ApiNotFoundResponse({ description: "routing never handled this conversation in the caller's tenant" })
  async explain(@CurrentUser() caller: AccessClaims, @Param('id') id: string): Promise<RoutingExplanation> {
    requireRole(caller, 'supervisor');
    const explanation = await this.routing.explain(caller.tenantId, id);
    if (explanation.steps.length === 0) throw new RoutingResourceNotFound('conversation', id);
    return explanation;
  }
}
