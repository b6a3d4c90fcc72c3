import { Body, Controller, Get, HttpCode, HttpStatus, Post, UseFilters } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { AccessClaims } from '@switchboard/contracts';
import { AuthService } from '../application/auth.service';
import { UsersService } from '../application/users.service';
import { CurrentUser } from '@switchboard/runtime';
import { LoginDto } from './dto/login.dto';
import { AccessTokenDto, LoginResponseDto, toAccessTokenDto } from './dto/session.dto';
import { UserDto, toSessionUserDto, toUserDto } from './dto/user.dto';
import { IdentityAccessErrorFilter } from './identity-access-error.filter';
import { Public } from './public.decorator';

@ApiTags('auth')
@UseFilters(IdentityAccessErrorFilter)
@Controller('api/auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiUnauthorizedResponse({ description: 'wrong email or password (the same answer for both)' })
  async login(@Body() body: LoginDto): Promise<LoginResponseDto> {
    const session = await this.auth.login(body.email, body.password);
    return { ...toAccessTokenDto(session), user: toSessionUserDto(session.user) };
  }

  @Post('refresh')
  @ApiBearerAuth()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: AccessTokenDto })
  @ApiUnauthorizedResponse({ description: 'the token is invalid or its user was deactivated' })
  async refresh(@CurrentUser() caller: AccessClaims): Promise<AccessTokenDto> {
    return toAccessTokenDto(await this.auth.refresh(caller));
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOkResponse({ type: UserDto })
  async me(@CurrentUser() caller: AccessClaims): Promise<UserDto> {
    return toUserDto(await this.users.get(caller.tenantId, caller.sub));
  }
}
