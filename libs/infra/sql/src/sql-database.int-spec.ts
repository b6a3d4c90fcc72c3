import { describeWithServices } from '@switchboard/testing';
import { createTestPgliteDatabase, createTestPostgresDatabase, testSqlDatabase } from './testing';

testSqlDatabase('PGlite (in memory)', createTestPgliteDatabase);

describeWithServices(['postgres'], 'PostgreSQL', () => {
  testSqlDatabase('PostgreSQL', createTestPostgresDatabase);
});
