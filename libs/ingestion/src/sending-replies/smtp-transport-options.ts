import { ChannelMisconfigured, requireSetting, type ChannelConnection } from '@switchboard/channels-core';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';

/**
 * The SMTP relay of an email channel, from its settings (`smtpHost`, `smtpPort` default 587,
 * `smtpSecure` default true on 465 (implicit TLS), `smtpRequireTls`, `smtpRejectUnauthorized`
 * default true) and secrets (`smtpUser`, `smtpPassword`).
 */
export function smtpTransportOptions(connection: ChannelConnection, timeoutMs: number): SMTPTransport.Options {
  const host = requireSetting(connection, 'smtpHost');
  const port = numberSetting(connection, 'smtpPort') ?? 587;
  const user = connection.secrets['smtpUser'];
  const pass = connection.secrets['smtpPassword'];
  return {
    host,
    port,
    secure: booleanSetting(connection, 'smtpSecure') ?? port === 465,
    requireTLS: booleanSetting(connection, 'smtpRequireTls') ?? false,
    tls: { rejectUnauthorized: booleanSetting(connection, 'smtpRejectUnauthorized') ?? true },
    ...(user ? { auth: { user, pass: pass ?? '' } } : {}),
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  };
}

function numberSetting(connection: ChannelConnection, name: string): number | undefined {
  const value = connection.settings[name];
  if (value === undefined) return undefined;
  const number = typeof value === 'string' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 1 || number > 65535) {
    throw new ChannelMisconfigured(`channel ${connection.id} has an invalid ${name} setting`);
  }
  return number;
}

function booleanSetting(connection: ChannelConnection, name: string): boolean | undefined {
  const value = connection.settings[name];
  if (value === undefined) return undefined;
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  throw new ChannelMisconfigured(`channel ${connection.id} has an invalid ${name} setting`);
}
