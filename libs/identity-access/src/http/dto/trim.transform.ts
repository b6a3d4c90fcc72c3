import { Transform } from 'class-transformer';

/** Trims string input before validation, so " Ada@Example.test " is accepted as the email it means. */
export const Trim = (): PropertyDecorator => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
