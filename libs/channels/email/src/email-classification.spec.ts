import { classifyEmail } from './email-classification';
import { parseMime } from './parse-mime';

const classify = async (headers: string, from = 'jane@example.com') =>
  classifyEmail(await parseMime(`From: ${from}\r\nSubject: x\r\n${headers}\r\n\r\nbody\r\n`), from);

describe('classifyEmail', () => {
  it('treats an ordinary message, and Auto-Submitted: no, as a person', async () => {
    expect(await classify('')).toEqual({ kind: 'person' });
    expect(await classify('Auto-Submitted: no\r\n')).toEqual({ kind: 'person' });
    expect(await classify('Precedence: first-class\r\n')).toEqual({ kind: 'person' });
  });

  it.each([
    ['Auto-Submitted: auto-generated\r\n', 'auto-submitted'],
    ['Auto-Submitted: auto-replied; owner-email="x@example.com"\r\n', 'auto-submitted'],
    ['Precedence: bulk\r\n', 'precedence'],
    ['Precedence: junk\r\n', 'precedence'],
    ['Precedence: list\r\n', 'precedence'],
    ['Precedence: auto_reply\r\n', 'precedence'],
    ['X-Autoreply: yes\r\n', 'x-autoreply'],
    ['X-Autorespond: Out of office\r\n', 'x-autorespond'],
    ['Return-Path: <>\r\n', 'null-return-path'],
  ])('recognises %p as an auto-reply (%s)', async (headers, signal) => {
    expect(await classify(headers)).toEqual({ kind: 'auto-reply', signal });
  });

  it.each([
    ['Content-Type: multipart/report; report-type=delivery-status; boundary="b"\r\n', 'delivery-status-report'],
    ['Content-Type: message/delivery-status\r\n', 'delivery-status-content'],
  ])('recognises %p as a bounce (%s)', async (headers, signal) => {
    expect(await classify(headers)).toEqual({ kind: 'bounce', signal });
  });

  it('recognises mail from a mailer-daemon as a bounce, before any auto-reply header', async () => {
    expect(await classify('Auto-Submitted: auto-replied\r\n', 'mailer-daemon@mx.example.com')).toEqual({
      kind: 'bounce',
      signal: 'mailer-daemon-sender',
    });
  });

  it('does not take a read receipt report for a bounce', async () => {
    expect(await classify('Content-Type: multipart/report; report-type=disposition-notification; boundary="b"\r\n')).toEqual({ kind: 'person' });
  });
});
