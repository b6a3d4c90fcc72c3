import { ValidateIf } from 'class-validator';

/** Like IsOptional, but only for absence: `null` is validated (and refused) rather than let through. */
export const Optional = (): PropertyDecorator => ValidateIf((_object: object, value: unknown) => value !== undefined);
