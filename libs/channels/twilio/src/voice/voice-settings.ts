import { stringSetting, type ChannelConnection } from '@switchboard/channels-core';
import type { EnqueueTwiml } from '../twiml';

const DEFAULT_GREETING = 'Thank you for calling. Please hold while we connect you to an agent.';

/**
 * What a caller hears, from the channel's settings: `greeting` (empty string for none),
 * `language` (Twilio `<Say>` language), `queueName` (defaults to the channel id), `waitUrl`.
 */
export function enqueueSettingsOf(connection: ChannelConnection): EnqueueTwiml {
  const greeting = connection.settings['greeting'];
  const waitUrl = stringSetting(connection, 'waitUrl');
  return {
    greeting: typeof greeting === 'string' ? greeting : DEFAULT_GREETING,
    language: stringSetting(connection, 'language') ?? 'en-US',
    queueName: stringSetting(connection, 'queueName') ?? connection.id,
    ...(waitUrl === undefined ? {} : { waitUrl }),
  };
}
