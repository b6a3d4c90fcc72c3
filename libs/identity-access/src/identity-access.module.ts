import { createSecretKey } from 'node:crypto';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { SQL_DATABASE, type SqlDatabase } from '@switchboard/infra-sql';
import { AuthService } from './application/auth.service';
import { DemoSeeder } from './application/demo-seeder';
import { IdentityAccessBootstrap } from './application/identity-access.bootstrap';
import { TenantsService } from './application/tenants.service';
import { UsersService } from './application/users.service';
import { AuthController } from './http/auth.controller';
import { JwtAuthGuard } from './http/jwt-auth.guard';
import { RolesGuard } from './http/roles.guard';
import { TenantsController } from './http/tenants.controller';
import { UsersController } from './http/users.controller';
import { IDENTITY_ACCESS_OPTIONS, assertValidOptions, type IdentityAccessOptions } from './identity-access.options';
import { TenantsRepository } from './persistence/tenants.repository';
import { UsersRepository } from './persistence/users.repository';
import { AccessTokenIssuer } from './tokens/access-token.issuer';
import { AccessTokenVerifier } from './tokens/access-token.verifier';

/**
 * Tenants, users, password login and the guards every HTTP route passes through. Needs the app's
 * SqlDatabase under SQL_DATABASE (provided globally by the composition root). Global, so that
 * gateways and tooling anywhere can inject AccessTokenVerifier and TenantsService.
 */
@Module({})
export class IdentityAccessModule {
  static forRoot(options: IdentityAccessOptions): DynamicModule {
    assertValidOptions(options);
    return {
      module: IdentityAccessModule,
      global: true,
      imports: [
        JwtModule.register({
          // A prepared key: given a string, jsonwebtoken first tries (and fails) to parse it as a public
          // key and then builds a secret key, on every token; that was a sixth of a busy API's CPU.
          secret: createSecretKey(Buffer.from(options.jwtSecret, 'utf8')),
          signOptions: { algorithm: 'HS256' },
          verifyOptions: { algorithms: ['HS256'] },
        }),
      ],
      controllers: [AuthController, TenantsController, UsersController],
      providers: [
        { provide: IDENTITY_ACCESS_OPTIONS, useValue: options },
        { provide: UsersRepository, useFactory: (db: SqlDatabase) => new UsersRepository(db), inject: [SQL_DATABASE] },
        { provide: TenantsRepository, useFactory: (db: SqlDatabase) => new TenantsRepository(db), inject: [SQL_DATABASE] },
        AccessTokenIssuer,
        AccessTokenVerifier,
        AuthService,
        UsersService,
        TenantsService,
        DemoSeeder,
        IdentityAccessBootstrap,
        // Order matters: authentication puts the caller on the request before roles are checked.
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        { provide: APP_GUARD, useClass: RolesGuard },
      ],
      exports: [AccessTokenVerifier, TenantsService, DemoSeeder],
    };
  }
}
