import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query, UseFilters } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { AccessClaims } from '@switchboard/contracts';
import { CurrentUser, RequireRole } from '@switchboard/runtime';
import { CustomerAggregate } from '../aggregates/customer-aggregate';
import { actorOf } from '../http/actor';
import { TimelineErrorFilter } from '../http/timeline-error.filter';
import { CustomerCommands } from './customer-commands';
import { CustomerProfiles } from './customer-profiles';
import { CustomerSearch } from './customer-search';
import { ConsentDto, MergeCustomerDto, UpdateCustomerDto } from './dto/customer-changes.dto';
import { CustomerProfileDto, CustomerSummaryDto, toCustomerProfileDto, toCustomerSummaryDto } from './dto/customer-profile.dto';
import { CustomerProfileQueryDto, SearchCustomersQueryDto, TimelineQueryDto } from './dto/customer-queries.dto';
import { TimelinePageDto, toTimelinePageDto } from './dto/timeline-entry.dto';
import { TimelinePages } from './timeline-pages';

/**
 * Customers of the caller's tenant (always from the token): agents and up read and edit, supervisors
 * merge, admins erase. An id that was merged answers as the customer it was merged into.
 */
@ApiTags('customers')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'the caller lacks the role' })
@RequireRole('agent')
@UseFilters(TimelineErrorFilter)
@Controller('api/customers')
export class CustomersController {
  constructor(
    private readonly commands: CustomerCommands,
    private readonly profiles: CustomerProfiles,
    private readonly search: CustomerSearch,
    private readonly pages: TimelinePages,
    private readonly customers: CustomerAggregate,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Search by name, email or phone (agent)' })
  @ApiOkResponse({ type: CustomerSummaryDto, isArray: true })
  async find(@CurrentUser() caller: AccessClaims, @Query() query: SearchCustomersQueryDto): Promise<CustomerSummaryDto[]> {
    return (await this.search.search(caller.tenantId, query.q ?? '', query.limit ?? 20)).map(toCustomerSummaryDto);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Profile with identities and consent; with asOf, as it was then (agent)' })
  @ApiOkResponse({ type: CustomerProfileDto })
  @ApiNotFoundResponse({ description: "no such customer in the caller's tenant (at asOf)" })
  async get(@CurrentUser() caller: AccessClaims, @Param('id') id: string, @Query() query: CustomerProfileQueryDto): Promise<CustomerProfileDto> {
    return toCustomerProfileDto(await this.profiles.get(caller.tenantId, id, query.asOf ? new Date(query.asOf) : null));
  }

  @Get(':id/timeline')
  @ApiOperation({ summary: 'Every channel interleaved, newest first, cursor-paginated (agent)' })
  @ApiOkResponse({ type: TimelinePageDto })
  @ApiNotFoundResponse({ description: "no such customer in the caller's tenant" })
  @ApiBadRequestResponse({ description: 'a cursor this API did not hand out' })
  async timeline(@CurrentUser() caller: AccessClaims, @Param('id') id: string, @Query() query: TimelineQueryDto): Promise<TimelinePageDto> {
    const root = await this.customers.resolveRoot(caller.tenantId, id);
    return toTimelinePageDto(await this.pages.page(caller.tenantId, root.id, { limit: query.limit ?? 50, ...(query.cursor ? { cursor: query.cursor } : {}), ...(query.channel ? { channel: query.channel } : {}) }));
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change the profile; link and unlink identities (agent)' })
  @ApiOkResponse({ type: CustomerProfileDto })
  @ApiConflictResponse({ description: 'an identity belongs to another customer (merge instead), or the customer was erased' })
  async update(@CurrentUser() caller: AccessClaims, @Param('id') id: string, @Body() body: UpdateCustomerDto): Promise<CustomerProfileDto> {
    const { displayName, company, language, attributes, linkIdentities, unlinkIdentities } = body;
    const profile = { ...(displayName !== undefined && { displayName }), ...(company !== undefined && { company }), ...(language !== undefined && { language }), ...(attributes && { attributes }) };
    const changed = await this.commands.change(actorOf(caller), id, {
      ...(Object.keys(profile).length > 0 ? { profile } : {}),
      ...(linkIdentities ? { link: linkIdentities } : {}),
      ...(unlinkIdentities ? { unlink: unlinkIdentities } : {}),
    });
    return toCustomerProfileDto(await this.profiles.get(caller.tenantId, changed.id, null));
  }

  @Put(':id/consent')
  @ApiOperation({ summary: 'Give or withdraw consent per purpose (agent)' })
  @ApiOkResponse({ type: CustomerProfileDto })
  async consent(@CurrentUser() caller: AccessClaims, @Param('id') id: string, @Body() body: ConsentDto): Promise<CustomerProfileDto> {
    const changed = await this.commands.setConsent(actorOf(caller), id, { ...body });
    return toCustomerProfileDto(await this.profiles.get(caller.tenantId, changed.id, null));
  }

  @Post(':id/merge')
  @HttpCode(200)
  @ApiOperation({ summary: 'Merge the duplicate sourceCustomerId into this customer (supervisor)' })
  @ApiOkResponse({ type: CustomerProfileDto, description: 'the customer who stays' })
  @ApiBadRequestResponse({ description: 'a customer cannot be merged into itself' })
  @RequireRole('supervisor')
  async merge(@CurrentUser() caller: AccessClaims, @Param('id') id: string, @Body() body: MergeCustomerDto): Promise<CustomerProfileDto> {
    const merged = await this.commands.merge(actorOf(caller), id, body.sourceCustomerId);
    return toCustomerProfileDto(await this.profiles.get(caller.tenantId, merged.id, null));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Erase (right to be forgotten): destroys the customer’s key (admin)' })
  @ApiNoContentResponse({ description: 'erased; the events stay, their personal fields unreadable' })
  @RequireRole('admin')
  async erase(@CurrentUser() caller: AccessClaims, @Param('id') id: string): Promise<void> {
    await this.commands.erase(actorOf(caller), id);
  }
}
