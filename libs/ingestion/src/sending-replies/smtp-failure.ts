import { deliveryFailed, type DeliveryFailed } from './delivery-result';

interface SmtpError {
  readonly code?: unknown;
  readonly responseCode?: unknown;
  readonly message?: unknown;
}

const NETWORK_CODES = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ECONNREFUSED', 'ECONNRESET', 'EPROTOCOL']);

/**
 * What a nodemailer error means for the reply: 4xx replies and connection trouble pass (retry),
 * 5xx replies and refused credentials do not. The relay's text is kept short and never includes
 * the credentials (nodemailer never puts them in errors).
 */
export function smtpFailure(error: unknown, attempts: number): DeliveryFailed {
  const smtp = (typeof error === 'object' && error !== null ? error : {}) as SmtpError;
  const responseCode = typeof smtp.responseCode === 'number' ? smtp.responseCode : undefined;
  const code = typeof smtp.code === 'string' ? smtp.code : undefined;
  const message = typeof smtp.message === 'string' ? smtp.message.slice(0, 300) : 'SMTP error';
  const extra = { attempts, ...(responseCode === undefined ? {} : { providerStatus: responseCode }) };
  if (responseCode !== undefined && responseCode >= 400 && responseCode < 500) return deliveryFailed('SMTP_TEMPORARY_FAILURE', message, true, extra);
  if (responseCode !== undefined && responseCode >= 500) return deliveryFailed('SMTP_REJECTED', message, false, extra);
  if (code === 'EAUTH') return deliveryFailed('SMTP_AUTH_FAILED', message, true, extra);
  if (code !== undefined && NETWORK_CODES.has(code)) return deliveryFailed('SMTP_UNREACHABLE', message, true, extra);
  return deliveryFailed('SMTP_FAILED', message, false, extra);
}
