import type { MediaKind } from '@switchboard/contracts';

/** The media kind a content type implies, for providers that only give the MIME type (Twilio, generic). */
export function mediaKindOf(contentType: string | null | undefined): MediaKind {
  const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type.startsWith('image/')) return 'image';
  if (type.startsWith('audio/')) return 'audio';
  if (type.startsWith('video/')) return 'video';
  return 'document';
}
