export * from './contact-id';
