export * from './services';
export * from './databases';
export * from './bus-secret';
