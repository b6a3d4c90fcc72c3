import type { MediaItem, MediaKind } from '@switchboard/contracts';
import type { JsonReader } from '@switchboard/channels-core';

const KINDS: Readonly<Record<string, MediaKind>> = { image: 'image', video: 'video', audio: 'audio', file: 'document' };

/**
 * `message.attachments[]` of Messenger and Instagram: media come with a CDN URL. Shares, story
 * mentions, reels and templates are links to Meta content rather than media, so they are left out.
 */
export function attachmentsOf(message: JsonReader): MediaItem[] {
  const media: MediaItem[] = [];
  for (const attachment of message.objects('attachments')) {
    const kind = KINDS[attachment.optionalString('type') ?? ''];
    const payload = attachment.optionalObject('payload');
    const url = payload?.optionalString('url');
    if (!kind || !url) continue;
    const sticker = payload?.has('sticker_id') ?? false;
    media.push({ kind: sticker ? 'sticker' : kind, url, providerMediaId: null, contentType: null });
  }
  return media;
}
