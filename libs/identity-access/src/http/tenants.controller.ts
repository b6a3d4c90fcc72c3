import { Controller, Get, UseFilters } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AccessClaims } from '@switchboard/contracts';
import { TenantsService } from '../application/tenants.service';
import { CurrentUser } from '@switchboard/runtime';
import { TenantDto, toTenantDto } from './dto/tenant.dto';
import { IdentityAccessErrorFilter } from './identity-access-error.filter';

@ApiTags('tenants')
@ApiBearerAuth()
@UseFilters(IdentityAccessErrorFilter)
@Controller('api/tenants')
export class TenantsController {
  constructor(private readonly tenants: TenantsService) {}

  @Get('current')
  @ApiOkResponse({ type: TenantDto })
  async current(@CurrentUser() caller: AccessClaims): Promise<TenantDto> {
    return toTenantDto(await this.tenants.get(caller.tenantId));
  }
}
