import { smtpFailure } from './smtp-failure';

describe('smtpFailure', () => {
  it('retries temporary refusals and connection trouble, not permanent refusals', () => {
    expect(smtpFailure(Object.assign(new Error('451 try later'), { responseCode: 451 }), 1)).toMatchObject({ code: 'SMTP_TEMPORARY_FAILURE', retriable: true, providerStatus: 451 });
    expect(smtpFailure(Object.assign(new Error('conn refused'), { code: 'ECONNECTION' }), 1)).toMatchObject({ code: 'SMTP_UNREACHABLE', retriable: true });
    expect(smtpFailure(Object.assign(new Error('550 no such user'), { responseCode: 550 }), 2)).toMatchObject({ code: 'SMTP_REJECTED', retriable: false, attempts: 2 });
    expect(smtpFailure(Object.assign(new Error('535 bad credentials'), { code: 'EAUTH' }), 1)).toMatchObject({ code: 'SMTP_AUTH_FAILED' });
    expect(smtpFailure('weird', 1)).toMatchObject({ code: 'SMTP_FAILED', retriable: false });
  });
});
