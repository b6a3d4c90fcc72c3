import { MalformedPayload } from '../errors/channel-errors';
import { decodeUtf8 } from './decode-utf8';

/**
 * An `application/x-www-form-urlencoded` body with every value of repeated keys kept in order
 * (Twilio signs all of them; a plain object would silently drop all but one).
 */
export class FormParams {
  private constructor(private readonly values: ReadonlyMap<string, readonly string[]>) {}

  /** Strict parse: bad percent-encoding or invalid UTF-8 is a malformed payload, not a guess. */
  static parse(rawBody: Buffer): FormParams {
    const values = new Map<string, string[]>();
    const text = decodeUtf8(rawBody);
    for (const pair of text.split('&')) {
      if (pair === '') continue;
      const eq = pair.indexOf('=');
      const key = decodeComponent(eq < 0 ? pair : pair.slice(0, eq));
      const value = eq < 0 ? '' : decodeComponent(pair.slice(eq + 1));
      const existing = values.get(key);
      if (existing) existing.push(value);
      else values.set(key, [value]);
    }
    return new FormParams(values);
  }

  get(name: string): string | undefined {
    return this.values.get(name)?.[0];
  }

  /** The value, or a {@link MalformedPayload} naming the missing field. */
  require(name: string): string {
    const value = this.get(name);
    if (value === undefined || value === '') throw new MalformedPayload(`missing form field ${name}`);
    return value;
  }

  getAll(name: string): readonly string[] {
    return this.values.get(name) ?? [];
  }

  has(name: string): boolean {
    return this.values.has(name);
  }

  keys(): string[] {
    return [...this.values.keys()];
  }
}

function decodeComponent(component: string): string {
  try {
    return decodeURIComponent(component.replace(/\+/g, ' '));
  } catch {
    throw new MalformedPayload('form body has invalid percent-encoding');
  }
}
