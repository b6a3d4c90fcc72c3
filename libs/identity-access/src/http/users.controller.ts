import { Body, Controller, Get, Param, Patch, Post, UseFilters } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { AccessClaims } from '@switchboard/contracts';
import { UsersService } from '../application/users.service';
import { CreateUserDto } from './dto/create-user.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import { UserDto, toUserDto } from './dto/user.dto';
import { IdentityAccessErrorFilter } from './identity-access-error.filter';
import { CurrentUser, RequireRole } from '@switchboard/runtime';

/** The caller's tenant's users. The tenant always comes from the token, never from the URL or body. */
@ApiTags('users')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'the caller lacks the role' })
@UseFilters(IdentityAccessErrorFilter)
@Controller('api/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @RequireRole('supervisor')
  @ApiOkResponse({ type: UserDto, isArray: true })
  async list(@CurrentUser() caller: AccessClaims): Promise<UserDto[]> {
    return (await this.users.list(caller.tenantId)).map(toUserDto);
  }

  @Get(':id')
  @RequireRole('supervisor')
  @ApiOkResponse({ type: UserDto })
  @ApiNotFoundResponse({ description: "no such user in the caller's tenant" })
  async get(@CurrentUser() caller: AccessClaims, @Param('id') id: string): Promise<UserDto> {
    return toUserDto(await this.users.get(caller.tenantId, id));
  }

  @Post()
  @RequireRole('admin')
  @ApiCreatedResponse({ type: UserDto })
  @ApiConflictResponse({ description: 'the email is taken (emails are unique across tenants)' })
  async create(@CurrentUser() caller: AccessClaims, @Body() body: CreateUserDto): Promise<UserDto> {
    return toUserDto(await this.users.create(caller.tenantId, body));
  }

  @Patch(':id')
  @RequireRole('admin')
  @ApiOkResponse({ type: UserDto })
  @ApiNotFoundResponse({ description: "no such user in the caller's tenant" })
  async update(@CurrentUser() caller: AccessClaims, @Param('id') id: string, @Body() body: UpdateUserDto): Promise<UserDto> {
    return toUserDto(await this.users.update(caller, id, body));
  }
}
