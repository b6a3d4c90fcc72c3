import { MalformedPayload } from '../errors/channel-errors';
import { isJsonObject, type JsonObject } from './parse-json';

/**
 * Typed reads from untrusted provider JSON. A wrong or missing required field becomes a
 * {@link MalformedPayload} naming its path, never a TypeError deep in a mapper.
 */
export class JsonReader {
  constructor(
    private readonly value: JsonObject,
    readonly path: string,
  ) {}

  static of(value: unknown, path: string): JsonReader {
    if (!isJsonObject(value)) throw new MalformedPayload(`${path} must be an object`);
    return new JsonReader(value, path);
  }

  has(key: string): boolean {
    return this.value[key] !== undefined && this.value[key] !== null;
  }

  string(key: string): string {
    const value = this.optionalString(key);
    if (value === undefined || value === '') throw new MalformedPayload(`${this.at(key)} must be a non-empty string`);
    return value;
  }

  optionalString(key: string): string | undefined {
    const value = this.value[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') throw new MalformedPayload(`${this.at(key)} must be a string`);
    return value;
  }

  /** Ids that providers send as numbers in one place and strings in another (Telegram, Meta). */
  id(key: string): string {
    const value = this.value[key];
    if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
    return this.string(key);
  }

  number(key: string): number {
    const value = this.optionalNumber(key);
    if (value === undefined) throw new MalformedPayload(`${this.at(key)} must be a number`);
    return value;
  }

  optionalNumber(key: string): number | undefined {
    const value = this.value[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new MalformedPayload(`${this.at(key)} must be a number`);
    return value;
  }

  optionalBoolean(key: string): boolean | undefined {
    const value = this.value[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'boolean') throw new MalformedPayload(`${this.at(key)} must be a boolean`);
    return value;
  }

  object(key: string): JsonReader {
    return JsonReader.of(this.value[key], this.at(key));
  }

  optionalObject(key: string): JsonReader | undefined {
    return this.has(key) ? this.object(key) : undefined;
  }

  /** Array of objects; a missing array reads as empty. */
  objects(key: string): JsonReader[] {
    const value = this.value[key];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) throw new MalformedPayload(`${this.at(key)} must be an array`);
    return value.map((item: unknown, index) => JsonReader.of(item, `${this.at(key)}[${index}]`));
  }

  strings(key: string): string[] {
    const value = this.value[key];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value) || !value.every((item): item is string => typeof item === 'string')) {
      throw new MalformedPayload(`${this.at(key)} must be an array of strings`);
    }
    return value;
  }

  private at(key: string): string {
    return `${this.path}.${key}`;
  }
}
