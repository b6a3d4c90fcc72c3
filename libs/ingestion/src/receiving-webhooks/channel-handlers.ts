import type { ChannelHandler, ChannelKind } from '@switchboard/channels-core';
import { createEmailHandler } from '@switchboard/channels-email';
import { createGenericHandler } from '@switchboard/channels-generic';
import { createMetaHandler } from '@switchboard/channels-meta';
import { createTelegramHandler } from '@switchboard/channels-telegram';
import { createTwilioMessagingHandler, createTwilioVoiceHandler } from '@switchboard/channels-twilio';

/** Every kind's provider library, by kind. */
export function createChannelHandlers(): ReadonlyMap<ChannelKind, ChannelHandler> {
  const handlers = [
    createTwilioVoiceHandler(),
    createTwilioMessagingHandler(),
    createMetaHandler(),
    createTelegramHandler(),
    createEmailHandler(),
    createGenericHandler(),
  ];
  return new Map(handlers.map((handler) => [handler.kind, handler]));
}
