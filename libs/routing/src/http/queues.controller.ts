import { Body, Controller, Delete, Get, HttpCode, Param, Put, UseFilters } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AccessClaims } from '@switchboard/contracts';
import type { Queue } from '@switchboard/routing-domain';
import { CurrentUser, ErrorMappingFilter, requireRole } from '@switchboard/runtime';
import { RoutingCatalog } from '../catalog/routing-catalog';
import { InvalidRoutingInput } from '../routing.errors';
import { RoutingService, type QueueFigures } from '../routing.facade';
import { ID_PATTERN, QueueDto } from './dto/queue.dto';
import { toQueue } from './dto/to-model';

/** The caller's tenant's queues: admins manage them, everyone may read them, supervisors see the figures. */
@ApiTags('routing')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'the caller lacks the role' })
@UseFilters(ErrorMappingFilter)
@Controller('api/routing/queues')
export class QueuesController {
  constructor(
    private readonly catalog: RoutingCatalog,
    private readonly routing: RoutingService,
  ) {}

  @Get()
  async list(@CurrentUser() caller: AccessClaims): Promise<Queue[]> {
    return this.catalog.queues(caller.tenantId);
  }

  @Get('figures')
  async figures(@CurrentUser() caller: AccessClaims): Promise<QueueFigures[]> {
    requireRole(caller, 'supervisor');
    return this.routing.queueFigures(caller.tenantId);
  }

  @Get(':id')
  @ApiNotFoundResponse({ description: "no such queue in the caller's tenant" })
  async get(@CurrentUser() caller: AccessClaims, @Param('id') id: string): Promise<Queue> {
    return this.catalog.requireQueue(caller.tenantId, id);
  }

  @Put(':id')
  @ApiOkResponse({ description: 'the queue as saved' })
  async put(@CurrentUser() caller: AccessClaims, @Param('id') id: string, @Body() body: QueueDto): Promise<Queue> {
    requireRole(caller, 'admin');
    if (!ID_PATTERN.test(id)) throw new InvalidRoutingInput('queue ids are lower-case letters, digits, - and _');
    return this.catalog.saveQueue(caller.tenantId, toQueue(id, body));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNotFoundResponse({ description: "no such queue in the caller's tenant" })
  async remove(@CurrentUser() caller: AccessClaims, @Param('id') id: string): Promise<void> {
    requireRole(caller, 'admin');
    await this.catalog.deleteQueue(caller.tenantId, id);
  }
}
