// Three levels of tests, told apart by file name (see docs/testing.md):
//   unit  *.spec.ts      pure and fast, no I/O beyond the process
//   int   *.int-spec.ts  real PostgreSQL, Redis and Kafka (and PGlite on disk)
//   e2e   *.e2e-spec.ts  whole apps over HTTP and websockets
const preset = require('./jest.preset.js');

const project = (displayName, pattern, extra = {}) => ({
  ...preset,
  displayName,
  testMatch: [`<rootDir>/{apps,libs,tools}/**/*${pattern}`],
  ...extra,
});

module.exports = {
  projects: [
    project('unit', '.spec.ts'),
    project('int', '.int-spec.ts', { globalSetup: '<rootDir>/libs/testing/src/global-setup.js' }),
    project('e2e', '.e2e-spec.ts', { globalSetup: '<rootDir>/libs/testing/src/global-setup.js' }),
  ],
  testTimeout: 60000,
};
