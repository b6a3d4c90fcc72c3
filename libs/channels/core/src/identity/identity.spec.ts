import fc from 'fast-check';
import { normaliseEmail } from './normalise-email';
import { normalisePhone, normaliseWhatsAppNumber } from './normalise-phone';
import { identityOf, identityOfTwilioAddress } from './sender-identity';

describe('normalisePhone', () => {
  it.each([
    ['+1 (415) 555-0123', undefined, '+14155550123'],
    ['+14155550123', undefined, '+14155550123'],
    ['020 7946 0958', 'GB', '+442079460958'],
    ['0044 20 7946 0958', 'GB', '+442079460958'],
  ] as const)('%s → %s', (raw, country, expected) => {
    expect(normalisePhone(raw, country)).toBe(expected);
  });

  it.each(['anonymous', 'client:alice', 'sip:alice@example.com', '+266696687', '', '   '])('%p is not a phone number', (raw) => {
    expect(normalisePhone(raw)).toBeNull();
  });

  it('is idempotent: a normalised number normalises to itself', () => {
    const subscriber = fc.integer({ min: 2_000_000, max: 9_999_999 });
    fc.assert(
      fc.property(fc.constantFrom('+1415', '+4420', '+4930', '+3361'), subscriber, (prefix, rest) => {
        const once = normalisePhone(`${prefix}${rest}`);
        return once === null || normalisePhone(once) === once;
      }),
    );
  });
});

describe('normaliseWhatsAppNumber', () => {
  it('accepts Meta wa_ids and Twilio whatsapp: addresses alike', () => {
    expect(normaliseWhatsAppNumber('16315551181')).toBe('+16315551181');
    expect(normaliseWhatsAppNumber('whatsapp:+16315551181')).toBe('+16315551181');
    expect(normaliseWhatsAppNumber('WhatsApp:+1 6315551181')).toBeNull();
    expect(normaliseWhatsAppNumber('abc')).toBeNull();
  });
});

describe('normaliseEmail', () => {
  it('trims, strips angle brackets and lower-cases', () => {
    expect(normaliseEmail('  Jane.Doe@Example.COM ')).toBe('jane.doe@example.com');
    expect(normaliseEmail('<Jane@Example.com>')).toBe('jane@example.com');
  });

  it.each(['', 'jane', '@example.com', 'jane@', 'jane doe@example.com'])('%p is not an address', (raw) => {
    expect(normaliseEmail(raw)).toBeNull();
  });
});

describe('identityOf', () => {
  it('normalises by kind', () => {
    expect(identityOf('phone', '+1 415 555 0123')).toEqual({ kind: 'phone', value: '+14155550123' });
    expect(identityOf('email', 'A@B.io')).toEqual({ kind: 'email', value: 'a@b.io' });
    expect(identityOf('telegram', ' 123456 ')).toEqual({ kind: 'telegram', value: '123456' });
    expect(identityOf('messenger', '')).toBeNull();
  });

  it('reads Twilio addresses', () => {
    expect(identityOfTwilioAddress('whatsapp:+14155550123')).toEqual({ kind: 'whatsapp', value: '+14155550123' });
    expect(identityOfTwilioAddress('+14155550123')).toEqual({ kind: 'phone', value: '+14155550123' });
    expect(identityOfTwilioAddress('client:alice')).toBeNull();
  });
});
