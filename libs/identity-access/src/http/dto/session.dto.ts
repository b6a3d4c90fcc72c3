import { ApiProperty } from '@nestjs/swagger';
import type { IssuedAccessToken } from '../../tokens/issued-access-token';
import { SessionUserDto } from './user.dto';

export class AccessTokenDto {
  @ApiProperty({ description: 'HS256 JWT; send it as `Authorization: Bearer <token>`' }) accessToken!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
}

export class LoginResponseDto extends AccessTokenDto {
  @ApiProperty({ type: SessionUserDto }) user!: SessionUserDto;
}

export function toAccessTokenDto(token: IssuedAccessToken): AccessTokenDto {
  return { accessToken: token.accessToken, expiresAt: token.expiresAt.toISOString() };
}
