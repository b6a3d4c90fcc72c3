import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { SQL_DATABASE, runMigrations, type SqlDatabase } from '@switchboard/infra-sql';
import { IDENTITY_ACCESS_OPTIONS, type IdentityAccessOptions } from '../identity-access.options';
import { identityAccessMigrations } from '../persistence/identity-access.migrations';
import { DemoSeeder } from './demo-seeder';

/** Brings the tables up to date, then seeds the demo tenant when asked, before the app takes requests. */
@Injectable()
export class IdentityAccessBootstrap implements OnModuleInit {
  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(IDENTITY_ACCESS_OPTIONS) private readonly options: IdentityAccessOptions,
    private readonly seeder: DemoSeeder,
  ) {}

  async onModuleInit(): Promise<void> {
    await runMigrations(this.db, identityAccessMigrations);
    if (this.options.demo.seed) await this.seeder.seed(this.options.demo.password);
  }
}
