export { createEmailHandler } from './email.handler';
export { buildEmailReply, replySubject, referencesFor, type EmailReply, type EmailReplyThread } from './outbound/email-reply';
