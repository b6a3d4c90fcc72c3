import { isSupportedCountry, type CountryCode } from 'libphonenumber-js';
import type { ChannelConnection } from '../channel-connection';

/**
 * The channel's `defaultCountry` setting (ISO 3166 alpha-2), used to read national-format numbers.
 * An unknown value is ignored rather than fatal: international numbers still normalise without it.
 */
export function defaultCountryOf(connection: ChannelConnection): CountryCode | undefined {
  const value = connection.settings['defaultCountry'];
  if (typeof value !== 'string') return undefined;
  const code = value.trim().toUpperCase();
  return isSupportedCountry(code) ? code : undefined;
}
