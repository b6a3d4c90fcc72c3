import type { ChannelConnection, JsonReader } from '@switchboard/channels-core';
import { merge, skipped, type ItemResult } from '../item-result';
import { eachItem } from '../each-item';
import { whatsappMessage } from './whatsapp-message';
import { whatsappStatus } from './whatsapp-status';

/** One `entry[].changes[]` of a `whatsapp_business_account` webhook. */
export function whatsappChange(change: JsonReader, connection: ChannelConnection): ItemResult {
  const field = change.string('field');
  if (field !== 'messages') return skipped(`whatsapp field ${field} is not handled`);
  const value = change.object('value');
  const phoneNumberId = value.object('metadata').string('phone_number_id');
  const profileNames = new Map<string, string>();
  for (const contact of value.objects('contacts')) {
    const name = contact.optionalObject('profile')?.optionalString('name');
    const waId = contact.optionalString('wa_id');
    if (name && waId) profileNames.set(waId, name);
  }
  const context = { connection, phoneNumberId, profileNames };
  return merge([
    eachItem(value.objects('messages'), (message) => whatsappMessage(message, context)),
    eachItem(value.objects('statuses'), (status) => whatsappStatus(status, connection)),
    ...value.objects('errors').map((error) => skipped(`whatsapp error ${error.optionalNumber('code') ?? 'unknown'}`)),
  ]);
}
