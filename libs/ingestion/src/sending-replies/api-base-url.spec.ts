import { withApiBaseUrl } from './api-base-url';

const request = { method: 'POST' as const, url: 'https://api.twilio.com/2010-04-01/Accounts/AC1/Messages.json?x=1', headers: {}, body: '' };

describe('withApiBaseUrl', () => {
  it("replaces the provider's scheme, host and port, keeping the path and query", () => {
    expect(withApiBaseUrl(request, 'http://127.0.0.1:4010').url).toBe('http://127.0.0.1:4010/2010-04-01/Accounts/AC1/Messages.json?x=1');
  });

  it("puts the setting's own path in front", () => {
    expect(withApiBaseUrl(request, 'https://proxy.example/twilio/').url).toBe('https://proxy.example/twilio/2010-04-01/Accounts/AC1/Messages.json?x=1');
  });

  it('leaves the request alone without a setting', () => {
    expect(withApiBaseUrl(request, undefined)).toBe(request);
  });
});
