import { email, phone, whatsapp } from '../testing/fixtures';
import { identityHashInput, resolutionKind, stillResolvesBy } from './resolution-key';

describe('identity resolution keys', () => {
  it('resolves a WhatsApp number as the phone number it is', () => {
    expect(resolutionKind('whatsapp')).toBe('phone');
    expect(resolutionKind('email')).toBe('email');
  });

  it('hashes within the tenant', () => {
    expect(identityHashInput('demo', 'phone', '+1')).not.toBe(identityHashInput('acme', 'phone', '+1'));
  });

  it('keeps the number resolving to the customer while another identity on it stays linked', () => {
    expect(stillResolvesBy([phone()], whatsapp())).toBe(true);
    expect(stillResolvesBy([email()], whatsapp())).toBe(false);
  });
});
