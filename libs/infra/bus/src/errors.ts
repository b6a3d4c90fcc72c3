/** The bus did not confirm a publish (broker down, timeout). Retriable: nothing may be assumed published. */
export class BusUnavailable extends Error {
  readonly code = 'BUS_UNAVAILABLE';
  readonly retriable = true;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BusUnavailable';
  }
}

/** The broker refused the messages for a reason retrying cannot fix (too large, invalid). Nothing was published. */
export class BusPublishRejected extends Error {
  readonly code = 'BUS_PUBLISH_REJECTED';
  readonly retriable = false;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BusPublishRejected';
  }
}
