export { createTwilioVoiceHandler } from './voice/twilio-voice.handler';
export { createTwilioMessagingHandler } from './messaging/twilio-messaging.handler';
export { buildTwilioMessageRequests } from './outbound/twilio-message-request';
export { twilioSignature, isValidTwilioSignature } from './twilio-signature';
