import type { MediaItem, MediaKind } from '@switchboard/contracts';
import type { JsonReader } from '@switchboard/channels-core';

/** Files are referenced by `file_id`; the content is fetched later through `getFile` with the bot token. */
export function mediaOf(message: JsonReader): MediaItem[] {
  const media: MediaItem[] = [];
  // `photo` lists the sizes Telegram made, smallest first: the last one is the original.
  const photo = message.objects('photo').at(-1);
  if (photo) media.push(fileItem('image', photo, 'image/jpeg'));
  const singles: readonly [string, MediaKind, string | null][] = [
    ['document', 'document', null],
    ['voice', 'voice', 'audio/ogg'],
    ['audio', 'audio', null],
    ['video', 'video', null],
    ['video_note', 'video', 'video/mp4'],
    ['animation', 'video', null],
    ['sticker', 'sticker', null],
  ];
  for (const [field, kind, fallbackType] of singles) {
    const file = message.optionalObject(field);
    if (file) media.push(fileItem(kind, file, field === 'sticker' ? stickerType(file) : fallbackType));
  }
  return media;
}

function fileItem(kind: MediaKind, file: JsonReader, fallbackType: string | null): MediaItem {
  const filename = file.optionalString('file_name');
  const size = file.optionalNumber('file_size');
  return {
    kind,
    url: null,
    providerMediaId: file.string('file_id'),
    contentType: file.optionalString('mime_type') ?? fallbackType,
    ...(filename ? { filename } : {}),
    ...(size === undefined ? {} : { size }),
  };
}

function stickerType(sticker: JsonReader): string {
  if (sticker.optionalBoolean('is_video')) return 'video/webm';
  if (sticker.optionalBoolean('is_animated')) return 'application/x-tgsticker';
  return 'image/webp';
}
