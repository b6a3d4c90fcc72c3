export * from './test-databases';
export * from './sql-database.contract';
