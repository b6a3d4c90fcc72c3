import { ApiProperty } from '@nestjs/swagger';
import type { Tenant } from '../../domain/tenant';

export class TenantDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export function toTenantDto(tenant: Tenant): TenantDto {
  return { id: tenant.id, name: tenant.name, createdAt: tenant.createdAt.toISOString() };
}
