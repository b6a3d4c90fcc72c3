import nx from '@nx/eslint-plugin';

// Infrastructure and framework packages that domain and contract libraries must never import:
// the domain stays pure functions, testable without a server.
const INFRASTRUCTURE = ['@nestjs/*', 'express', 'pg', '@electric-sql/*', 'kafkajs', 'ioredis', '@kurrent/*', 'socket.io', 'socket.io-*', 'nestjs-pino', 'pino', 'prom-client'];
const ALL_TYPES = ['type:feature', 'type:data-access', 'type:domain', 'type:contracts', 'type:util'];
const FEATURE_SCOPES = ['scope:shared', 'scope:identity-access', 'scope:channels', 'scope:timeline', 'scope:routing', 'scope:realtime'];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  { ignores: ['**/dist', '**/node_modules', 'infra/kafka/target', '.data', 'tmp', 'coverage', 'apps/console/dist', 'bench/results'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    // With decorator metadata on, the type-imports rule knows that classes Nest injects by
    // constructor type must stay value imports.
    languageOptions: { parserOptions: { emitDecoratorMetadata: true, experimentalDecorators: true } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            // Layers: apps compose features; features use data-access, domain, contracts; domain is pure.
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ALL_TYPES },
            { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ALL_TYPES },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:contracts', 'type:util'] },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:util'], bannedExternalImports: INFRASTRUCTURE },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts'], bannedExternalImports: INFRASTRUCTURE },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', 'type:contracts'] },
            // Bounded contexts: each may use the shared kernel and itself, never another context's insides.
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:identity-access', onlyDependOnLibsWithTags: ['scope:identity-access', 'scope:shared'] },
            { sourceTag: 'scope:channels', onlyDependOnLibsWithTags: ['scope:channels', 'scope:identity-access', 'scope:shared'] },
            { sourceTag: 'scope:timeline', onlyDependOnLibsWithTags: ['scope:timeline', 'scope:channels', 'scope:shared'] },
            { sourceTag: 'scope:routing', onlyDependOnLibsWithTags: ['scope:routing', 'scope:shared'] },
            { sourceTag: 'scope:realtime', onlyDependOnLibsWithTags: ['scope:realtime', 'scope:routing', 'scope:identity-access', 'scope:shared'] },
            { sourceTag: 'scope:platform', onlyDependOnLibsWithTags: FEATURE_SCOPES },
            { sourceTag: 'scope:gateway', onlyDependOnLibsWithTags: FEATURE_SCOPES },
            { sourceTag: 'scope:timeline-service', onlyDependOnLibsWithTags: FEATURE_SCOPES },
            { sourceTag: 'scope:router', onlyDependOnLibsWithTags: FEATURE_SCOPES },
            { sourceTag: 'scope:realtime-service', onlyDependOnLibsWithTags: FEATURE_SCOPES },
          ],
        },
      ],
    },
  },
  {
    // Tests may reach test helpers and adapters freely.
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', '**/testing/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
];
