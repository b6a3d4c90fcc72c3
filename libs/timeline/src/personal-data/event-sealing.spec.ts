import { randomBytes } from 'node:crypto';
import type { TimelineEvent } from '@switchboard/contracts';
import { UNREADABLE, type Personal } from '@switchboard/timeline-domain';
import { openText, sealText, unwrapKey, wrapKey } from './field-cipher';
import { hasPersonalValues, keyIdsOf, openEvent, sealEvent } from './event-sealing';
import { deriveSecrets } from './timeline-secrets';

const key = { keyId: 'key-1', key: randomBytes(32) };
const note: TimelineEvent<Personal> = { type: 'conversation.note-added.v1', data: { conversationId: 'c', noteId: 'n', authorId: 'a', text: 'Jane’s new address is 1 Main St' } };

describe('sealing personal values (AES-256-GCM)', () => {
  it('round-trips, with nothing readable in the sealed form', () => {
    const sealed = sealEvent(note, key);
    expect(JSON.stringify(sealed)).not.toContain('Main St');
    expect(sealed.data).toMatchObject({ text: { enc: 'aes-256-gcm', keyId: 'key-1' } });
    expect(keyIdsOf(sealed)).toEqual(['key-1']);
    expect(openEvent(sealed, new Map([['key-1', key]]))).toEqual(note);
  });

  it('reads values whose key is gone as unreadable, and refuses values tampered with', () => {
    const sealed = sealEvent(note, key);
    expect(openEvent(sealed, new Map())).toEqual({ ...note, data: { ...note.data, text: UNREADABLE } });
    const field = sealText(key, 'hello');
    expect(() => openText(key, { ...field, data: Buffer.from('hellp').toString('base64') })).toThrow();
    expect(() => openText({ ...key, keyId: 'key-2' }, field)).toThrow();
  });

  it('needs no key for an event without personal values, and refuses to seal an unreadable one', () => {
    const closed: TimelineEvent<Personal> = { type: 'conversation.closed.v1', data: { conversationId: 'c', reason: 'agent' } };
    expect(hasPersonalValues(closed)).toBe(false);
    expect(sealEvent(closed, null)).toEqual(closed);
    expect(() => sealEvent({ ...note, data: { ...note.data, text: UNREADABLE } }, key)).toThrow(/unreadable/);
  });

  it('wraps data keys bound to their owner, under a key derived from the master secret', () => {
    const { keyEncryptionKey, identityHashKey } = deriveSecrets('x'.repeat(32));
    expect(keyEncryptionKey.equals(identityHashKey)).toBe(false);
    const wrapped = wrapKey(keyEncryptionKey, key.key, 'demo/cust-1/key-1');
    expect(unwrapKey(keyEncryptionKey, wrapped, 'demo/cust-1/key-1').equals(key.key)).toBe(true);
    expect(() => unwrapKey(keyEncryptionKey, wrapped, 'demo/cust-2/key-1')).toThrow();
    expect(() => deriveSecrets('short')).toThrow(/32/);
  });
});
