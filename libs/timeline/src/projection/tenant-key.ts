/** A row's identity across tenants: ids are unique within a tenant only. */
export interface TenantKey {
  readonly tenantId: string;
  readonly id: string;
}

export const keyOf = (tenantId: string, id: string): string => `${tenantId}\u0000${id}`;

/** `(tenant_id, <id column>) in (...)` for keys passed as one JSON parameter of `[tenant, id]` pairs. */
export const inTenantKeys = (idColumn: string, parameter: string) =>
  `(tenant_id, ${idColumn}) in (select k->>0, k->>1 from jsonb_array_elements(${parameter}::jsonb) k)`;

export const tenantKeysParam = (keys: readonly TenantKey[]): string => JSON.stringify(keys.map((key) => [key.tenantId, key.id]));
