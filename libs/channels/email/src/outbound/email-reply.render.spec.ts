import { createTransport } from 'nodemailer';
import { parseMime } from '../parse-mime';
import { emailConnection } from '../testing/email-request';
import { buildEmailReply } from './email-reply';

/**
 * Renders the reply with nodemailer's in-memory stream transport (no network) and reads it back
 * with mailparser: the threading headers must survive nodemailer's encoding as a client sees them.
 */
describe('buildEmailReply rendered by nodemailer', () => {
  it('produces a message whose threading headers a client reads back', async () => {
    const options = buildEmailReply(
      emailConnection,
      {
        to: { kind: 'email', value: 'jose.garcia@example.com' },
        text: 'Nous envoyons un remplacement aujourd’hui.',
        thread: {
          lastMessageId: '<CAF=3x9Yq2pW@mail.example.com>',
          references: ['<CAF=1a7Bb3kQ@mail.example.com>', '<0102019a-reply-1@acme.example>'],
          subject: 'Réclamation commande n°4521 — colis endommagé',
        },
        messageId: '<0192f0aa-reply@acme.example>',
      },
      new Date('2026-11-23T09:45:00Z'),
    );
    const transport = createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
    const info = await transport.sendMail(options);
    const sent = await parseMime(info.message as Buffer);

    expect(sent.messageId).toBe('<0192f0aa-reply@acme.example>');
    expect(sent.inReplyTo).toBe('<CAF=3x9Yq2pW@mail.example.com>');
    expect(sent.references).toEqual(['<CAF=1a7Bb3kQ@mail.example.com>', '<0102019a-reply-1@acme.example>', '<CAF=3x9Yq2pW@mail.example.com>']);
    expect(sent.subject).toBe('Re: Réclamation commande n°4521 — colis endommagé');
    expect(sent.from?.value).toEqual([{ name: 'Acme Support', address: 'support@acme.example' }]);
    expect(sent.text?.trim()).toBe('Nous envoyons un remplacement aujourd’hui.');
    expect(sent.headers.get('x-auto-response-suppress')).toBe('OOF, AutoReply');
  });
});
