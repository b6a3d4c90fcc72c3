// The provider libraries' own fixtures and signing helpers, gathered for the ingestion's HTTP tests.
// Relative paths: the libraries expose no `testing` entry point (yet).
export * as twilio from '../../../channels/twilio/src/testing/signed-twilio-request';
export * as meta from '../../../channels/meta/src/testing/signed-meta-request';
export * as telegram from '../../../channels/telegram/src/testing/telegram-request';
export * as email from '../../../channels/email/src/testing/email-request';
export * as generic from '../../../channels/generic/src/testing/signed-generic-request';
