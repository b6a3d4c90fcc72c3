import { FormParams } from '@switchboard/channels-core';
import { sign } from './testing/signed-twilio-request';
import { isValidTwilioSignature, twilioSignature } from './twilio-signature';

const form = (body: string) => FormParams.parse(Buffer.from(body));

describe('twilioSignature', () => {
  it('reproduces the example from Twilio’s security documentation', () => {
    const params = form('CallSid=CA1234567890ABCDE&Caller=%2B14158675310&Digits=1234&From=%2B14158675310&To=%2B18005551212');
    expect(twilioSignature('12345', 'https://mycompany.com/myapp.php?foo=1&bar=2', params)).toBe('GvWf1cFY/Q7PnoempGyD5oXAezc=');
  });

  it('covers every value of a repeated parameter, sorted', () => {
    const a = twilioSignature('t', 'https://x.example/h', form('MediaUrl=b&MediaUrl=a'));
    const b = twilioSignature('t', 'https://x.example/h', form('MediaUrl=a&MediaUrl=b'));
    const one = twilioSignature('t', 'https://x.example/h', form('MediaUrl=a'));
    expect(a).toBe(b);
    expect(a).not.toBe(one);
  });
});

describe('isValidTwilioSignature', () => {
  const params = form('CallSid=CA1&From=%2B14155550123');
  const url = 'https://hooks.example.com/webhooks/demo-voice?x=1';

  it('accepts the URL signed with or without the default port', () => {
    const plain = { CallSid: 'CA1', From: '+14155550123' };
    const withPort = sign('https://hooks.example.com:443/webhooks/demo-voice?x=1', plain, 't');
    expect(isValidTwilioSignature('t', withPort, url, params)).toBe(true);
    const withoutPort = sign(url, plain, 't');
    expect(isValidTwilioSignature('t', withoutPort, 'https://hooks.example.com:443/webhooks/demo-voice?x=1', params)).toBe(true);
  });

  it('rejects another token, URL or parameter set', () => {
    const signature = twilioSignature('t', url, params);
    expect(isValidTwilioSignature('other', signature, url, params)).toBe(false);
    expect(isValidTwilioSignature('t', signature, `${url}&y=2`, params)).toBe(false);
    expect(isValidTwilioSignature('t', signature, url, form('CallSid=CA1&From=%2B14155550124'))).toBe(false);
  });
});
