import type { Refusal } from '@switchboard/routing-domain';

/**
 * Typed errors of the routing library. Each carries a `code` and an HTTP `status` (mapped once at
 * the edge by the runtime's ErrorMappingFilter; the realtime gateways map `code` to an error event)
 * and says whether trying again may help.
 */
export class RoutingRefused extends Error {
  readonly code = 'ROUTING_REFUSED';
  readonly status = 409;
  /** Another router, the customer or the clock changed the state first: re-read before retrying. */
  readonly retriable = false;
  constructor(readonly refusal: Refusal) {
    super(`routing refused: ${refusal}`);
    this.name = 'RoutingRefused';
  }
}

export class ContactNotFound extends Error {
  readonly code = 'CONTACT_NOT_FOUND';
  readonly status = 404;
  readonly retriable = false;
  constructor(readonly contactId: string) {
    super(`no routed contact ${contactId}`);
    this.name = 'ContactNotFound';
  }
}

export class RoutingResourceNotFound extends Error {
  readonly code = 'NOT_FOUND';
  readonly status = 404;
  readonly retriable = false;
  constructor(what: string, id: string) {
    super(`${what} ${id} not found`);
    this.name = 'RoutingResourceNotFound';
  }
}

export class InvalidRoutingInput extends Error {
  readonly code = 'INVALID_ROUTING_INPUT';
  readonly status = 400;
  readonly retriable = false;
  constructor(message: string) {
    super(message);
    this.name = 'InvalidRoutingInput';
  }
}
