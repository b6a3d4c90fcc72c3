import { retryDelayFor, type ChannelConnection } from '@switchboard/channels-core';
import { buildEmailReply, type EmailReply } from '@switchboard/channels-email';
import { createTransport } from 'nodemailer';
import type { DeliveryResult } from './delivery-result';
import type { SendClock, SendRetrySettings } from './retry-settings';
import { smtpFailure } from './smtp-failure';
import { smtpTransportOptions } from './smtp-transport-options';

export interface SmtpDeliveryOptions {
  readonly clock: SendClock;
  readonly retry: SendRetrySettings;
}

/**
 * Sends an email reply through the channel's SMTP relay, threaded by the email library's builder.
 * Temporary failures (4xx, connection trouble) are retried with backoff; the Message-ID is the
 * caller's, so a retried send is the same message to the customer's mail system.
 */
export async function deliverEmail(connection: ChannelConnection, reply: EmailReply, options: SmtpDeliveryOptions): Promise<DeliveryResult> {
  const mail = buildEmailReply(connection, reply, options.clock.now());
  const transport = createTransport(smtpTransportOptions(connection, options.retry.requestTimeoutMs));
  try {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await transport.sendMail(mail);
        return { ok: true, providerMessageIds: [reply.messageId], attempts: attempt };
      } catch (error) {
        const failure = smtpFailure(error, attempt);
        if (!failure.retriable || failure.code === 'SMTP_AUTH_FAILED' || attempt >= options.retry.maxAttempts) return failure;
        await options.clock.sleep(retryDelayFor(attempt, undefined, { policy: options.retry.policy, random: options.clock.random }));
      }
    }
  } finally {
    transport.close();
  }
}
