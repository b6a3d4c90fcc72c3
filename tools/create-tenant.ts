/**
 * Creates a tenant and its first admin in the configured database — how an operator of the
 * distributed mode gets the first login (the embedded mode seeds the demo tenant instead).
 *
 *   npm run tenant:create -- --id acme --name "Acme Ltd" --admin-email ops@acme.example
 *   (the admin's password is read from ADMIN_PASSWORD, so it never lands in shell history)
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@switchboard/config';
import { IdentityAccessModule, TenantsService } from '@switchboard/identity-access';
import { InfrastructureModule, createAdapters } from '@switchboard/runtime';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { id: { type: 'string' }, name: { type: 'string' }, 'admin-email': { type: 'string' } },
  });
  const password = process.env['ADMIN_PASSWORD'];
  if (!values.id || !values.name || !values['admin-email'] || !password) {
    process.stderr.write('usage: ADMIN_PASSWORD=... npm run tenant:create -- --id <tenant-id> --name <name> --admin-email <email>\n');
    process.exit(2);
  }
  const config = loadConfig(process.env);
  const adapters = await createAdapters(config);
  @Module({
    imports: [
      InfrastructureModule.forRoot(config, adapters),
      IdentityAccessModule.forRoot({ jwtSecret: config.auth.jwtSecret, accessTokenTtlSeconds: config.auth.accessTokenTtlSeconds, demo: { seed: false, password: '' } }),
    ],
  })
  class CreateTenantModule {}
  const context = await NestFactory.createApplicationContext(CreateTenantModule, { logger: ['error'] });
  try {
    await context.init();
    const { tenant, admin } = await context.get(TenantsService).createTenant({
      id: values.id,
      name: values.name,
      admin: { email: values['admin-email'], password },
    });
    process.stdout.write(`Created tenant ${tenant.id} with admin ${admin.email} in the ${config.mode} database.\n`);
  } finally {
    await context.close(); // closes the adapters too (InfrastructureModule's shutdown hook)
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`tenant:create failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
