import { UndeliverableReply } from '@switchboard/channels-core';
import { emailConnection } from '../testing/email-request';
import { buildEmailReply, referencesFor, replySubject } from './email-reply';

const now = new Date('2026-11-23T09:45:00Z');
const thread = {
  lastMessageId: '<CAF=3x9Yq2pW@mail.example.com>',
  references: ['<CAF=1a7Bb3kQ@mail.example.com>', '<0102019a-reply-1@acme.example>'],
  subject: 'Réclamation commande n°4521',
};

describe('buildEmailReply', () => {
  it('threads the reply under the customer’s last message', () => {
    const options = buildEmailReply(
      emailConnection,
      { to: { kind: 'email', value: 'jose.garcia@example.com' }, text: 'Nous envoyons un remplacement.', thread, messageId: '<0192f0aa@acme.example>' },
      now,
    );
    expect(options).toEqual({
      from: { name: 'Acme Support', address: 'support@acme.example' },
      to: 'jose.garcia@example.com',
      subject: 'Re: Réclamation commande n°4521',
      text: 'Nous envoyons un remplacement.',
      messageId: '<0192f0aa@acme.example>',
      date: now,
      inReplyTo: '<CAF=3x9Yq2pW@mail.example.com>',
      references: ['<CAF=1a7Bb3kQ@mail.example.com>', '<0102019a-reply-1@acme.example>', '<CAF=3x9Yq2pW@mail.example.com>'],
      headers: { 'X-Auto-Response-Suppress': 'OOF, AutoReply' },
      attachments: [],
      disableFileAccess: true,
    });
  });

  it('attaches media by URL only', () => {
    const options = buildEmailReply(
      emailConnection,
      {
        to: { kind: 'email', value: 'jose.garcia@example.com' },
        text: 'Label attached',
        media: [{ url: 'https://cdn.example/label.pdf', filename: 'label.pdf', contentType: 'application/pdf' }],
        thread,
        messageId: '<1@acme.example>',
      },
      now,
    );
    expect(options.attachments).toEqual([{ path: 'https://cdn.example/label.pdf', filename: 'label.pdf', contentType: 'application/pdf' }]);
    expect(options.disableFileAccess).toBe(true);
  });

  it('refuses non-email recipients', () => {
    expect(() =>
      buildEmailReply(emailConnection, { to: { kind: 'phone', value: '+14155550123' }, text: 'x', thread, messageId: '<1@acme.example>' }, now),
    ).toThrow(UndeliverableReply);
  });
});

describe('replySubject', () => {
  it.each([
    ['Where is my order?', 'Re: Where is my order?'],
    ['Re: Where is my order?', 'Re: Where is my order?'],
    ['RE: Where is my order?', 'RE: Where is my order?'],
    ['Aw: Bestellung', 'Aw: Bestellung'],
    ['Re[2]: Where', 'Re[2]: Where'],
    ['  Return policy ', 'Re: Return policy'],
    ['', 'Re:'],
  ])('%p → %p', (subject, expected) => {
    expect(replySubject(subject)).toBe(expected);
  });
});

describe('referencesFor', () => {
  it('keeps the root and the latest ids of a long thread, without duplicates', () => {
    const references = Array.from({ length: 30 }, (_, index) => `<m${index}@example.com>`);
    const result = referencesFor({ lastMessageId: '<m29@example.com>', references, subject: 's' });
    expect(result).toHaveLength(20);
    expect(result[0]).toBe('<m0@example.com>');
    expect(result.at(-1)).toBe('<m29@example.com>');
    expect(new Set(result).size).toBe(20);
  });
});
