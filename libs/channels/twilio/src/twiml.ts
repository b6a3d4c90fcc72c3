import type { ProviderResponse } from '@switchboard/channels-core';

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/** TwiML that does nothing: the answer to every callback that is only a notification. */
export function emptyTwiml(): ProviderResponse {
  return twimlResponse('<Response/>');
}

export interface EnqueueTwiml {
  readonly greeting: string;
  readonly language: string;
  readonly queueName: string;
  /** Hold music / announcements while waiting; Twilio's default music when absent. */
  readonly waitUrl?: string;
}

/** Greets the caller and holds them in our queue until an agent dequeues the call. */
export function enqueueTwiml(options: EnqueueTwiml): ProviderResponse {
  const say = options.greeting === '' ? '' : `<Say language="${escapeXml(options.language)}">${escapeXml(options.greeting)}</Say>`;
  const waitUrl = options.waitUrl ? ` waitUrl="${escapeXml(options.waitUrl)}"` : '';
  return twimlResponse(`<Response>${say}<Enqueue${waitUrl}>${escapeXml(options.queueName)}</Enqueue></Response>`);
}

function twimlResponse(body: string): ProviderResponse {
  return { status: 200, contentType: 'text/xml; charset=utf-8', body: `${XML_DECLARATION}${body}` };
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[char]};`);
}
