/** The bus did not confirm a publish (broker down, timeout). Retriable: nothing may be assumed published. */
export class BusUnavailable extends Error {
  readonly code = 'BUS_UNAVAILABLE';
  readonly retriable = true;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BusUnavailable';
  }
}
