import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '@switchboard/contracts';
import type { User } from '../../domain/user';

/** Who a session belongs to: what a client needs to label itself. */
export class SessionUserDto {
  @ApiProperty() id!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty() tenantId!: string;
  @ApiProperty() displayName!: string;
}

/** A user as supervisors and admins see it. Built field by field, so a password hash cannot slip in. */
export class UserDto extends SessionUserDto {
  @ApiProperty() active!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export function toSessionUserDto(user: User): SessionUserDto {
  return { id: user.id, email: user.email, role: user.role, tenantId: user.tenantId, displayName: user.displayName };
}

export function toUserDto(user: User): UserDto {
  return { ...toSessionUserDto(user), active: user.active, createdAt: user.createdAt.toISOString() };
}
