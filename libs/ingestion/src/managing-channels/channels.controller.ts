import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiForbiddenResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig } from '@switchboard/config';
import type { AccessClaims } from '@switchboard/contracts';
import { CurrentUser, RequireRole } from '@switchboard/runtime';
import { ChannelsService } from './channels.service';
import { ChannelDto, toChannelDto } from './dto/channel.dto';
import { CreateChannelDto } from './dto/create-channel.dto';
import { UpdateChannelDto } from './dto/update-channel.dto';

/** The caller's tenant's channel connections; admins only. The tenant comes from the token, never the URL. */
@ApiTags('channels')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'the caller is not an admin' })
@RequireRole('admin')
@Controller('api/channels')
export class ChannelsController {
  constructor(
    private readonly channels: ChannelsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @ApiOkResponse({ type: ChannelDto, isArray: true })
  async list(@CurrentUser() caller: AccessClaims): Promise<ChannelDto[]> {
    return (await this.channels.list(caller.tenantId)).map((channel) => this.view(channel));
  }

  @Get(':id')
  @ApiOkResponse({ type: ChannelDto })
  @ApiNotFoundResponse({ description: "no such channel in the caller's tenant" })
  async get(@CurrentUser() caller: AccessClaims, @Param('id') id: string): Promise<ChannelDto> {
    return this.view(await this.channels.get(caller.tenantId, id));
  }

  @Post()
  @ApiCreatedResponse({ type: ChannelDto })
  async create(@CurrentUser() caller: AccessClaims, @Body() body: CreateChannelDto): Promise<ChannelDto> {
    return this.view(await this.channels.create(caller.tenantId, body));
  }

  @Patch(':id')
  @ApiOkResponse({ type: ChannelDto })
  @ApiNotFoundResponse({ description: "no such channel in the caller's tenant" })
  async update(@CurrentUser() caller: AccessClaims, @Param('id') id: string, @Body() body: UpdateChannelDto): Promise<ChannelDto> {
    return this.view(await this.channels.update(caller.tenantId, id, body));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ description: "no such channel in the caller's tenant" })
  async remove(@CurrentUser() caller: AccessClaims, @Param('id') id: string): Promise<void> {
    await this.channels.remove(caller.tenantId, id);
  }

  private view(channel: Parameters<typeof toChannelDto>[0]): ChannelDto {
    return toChannelDto(channel, this.config.publicBaseUrl);
  }
}
