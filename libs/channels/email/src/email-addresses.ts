import type { EmailAddressValue } from '@switchboard/contracts';
import type { AddressObject, EmailAddress } from 'mailparser';
import { normaliseEmail } from '@switchboard/channels-core';

/** Every mailbox of an address header (groups flattened), normalised; unreadable entries dropped. */
export function addressesOf(header: AddressObject | AddressObject[] | undefined): EmailAddressValue[] {
  const objects = header === undefined ? [] : Array.isArray(header) ? header : [header];
  return objects.flatMap((object) => object.value.flatMap(mailboxesOf)).flatMap((mailbox) => {
    const address = normaliseEmail(mailbox.address ?? '');
    if (address === null) return [];
    return [mailbox.name ? { address, name: mailbox.name } : { address }];
  });
}

function mailboxesOf(entry: EmailAddress): EmailAddress[] {
  return entry.group ? entry.group.flatMap(mailboxesOf) : [entry];
}
