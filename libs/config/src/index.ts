export * from './app-config';
export * from './environment.schema';
export * from './load-config';
