import { AlreadyWrappedUp, CsatAlreadyRecorded, InvalidCommand } from '../errors';
import type { AddNote, RecordCsat, TagConversation, WrapUp } from './conversation.commands';
import { existing, isBlank, type Event } from './conversation.rules';
import type { ConversationState } from './conversation.state';

// Notes, tags, wrap-up and CSAT are all about a conversation after the fact, so closed ones take them too.

export function addNote({ data }: AddNote, state: ConversationState): Event[] {
  const conversation = existing(state);
  if (conversation.noteIds.includes(data.noteId)) return [];
  if (isBlank(data.text)) throw new InvalidCommand(['a note needs text']);
  return [{ type: 'conversation.note-added.v1', data: { conversationId: conversation.id, ...data } }];
}

export function tagConversation({ data }: TagConversation, state: ConversationState): Event[] {
  const conversation = existing(state);
  const clean = (tags: readonly string[]) => [...new Set(tags.map((tag) => tag.trim()))];
  const add = clean(data.add);
  const remove = clean(data.remove);
  if ([...add, ...remove].some((tag) => tag === '')) throw new InvalidCommand(['tags must not be blank']);
  const added = add.filter((tag) => !conversation.tags.includes(tag));
  const removed = remove.filter((tag) => conversation.tags.includes(tag) && !add.includes(tag));
  if (added.length === 0 && removed.length === 0) return [];
  return [{ type: 'conversation.tagged.v1', data: { conversationId: conversation.id, added, removed, byUserId: data.byUserId } }];
}

export function wrapUp({ data }: WrapUp, state: ConversationState): Event[] {
  const conversation = existing(state);
  if (isBlank(data.disposition)) throw new InvalidCommand(['a wrap-up needs a disposition']);
  if (conversation.disposition === data.disposition) return [];
  if (conversation.disposition !== null) throw new AlreadyWrappedUp();
  return [{ type: 'conversation.wrapped-up.v1', data: { conversationId: conversation.id, ...data } }];
}

export function recordCsat({ data }: RecordCsat, state: ConversationState): Event[] {
  const conversation = existing(state);
  if (!Number.isInteger(data.score) || data.score < 1 || data.score > 5) throw new InvalidCommand(['a CSAT score is a whole number from 1 to 5']);
  if (conversation.csatRecorded) throw new CsatAlreadyRecorded();
  return [{ type: 'conversation.csat-recorded.v1', data: { conversationId: conversation.id, ...data } }];
}
