// Same helper as in channels-meta: test-only, to move into a shared channels testing library once it has an alias.
import fc from 'fast-check';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const anyJson: fc.Arbitrary<Json> = fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>;

/**
 * Variants of a realistic payload: every node kept, dropped (for object fields) or replaced by
 * arbitrary JSON, so that the generated bodies reach deep into the mappers rather than failing
 * at the first field as purely random JSON would.
 */
export function fuzzJson(value: Json, depth = 0): fc.Arbitrary<Json | undefined> {
  const replaced = fc.oneof(anyJson, fc.constant(undefined));
  if (Array.isArray(value)) {
    const items = fc.tuple(...value.map((item) => fuzzJson(item, depth + 1))).map((list) => list.filter((item): item is Json => item !== undefined));
    return fc.oneof({ weight: 8, arbitrary: items }, { weight: 1, arbitrary: replaced });
  }
  if (value !== null && typeof value === 'object') {
    const fields = Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fuzzJson(item, depth + 1)]));
    const object = fc.record(fields).map((record) => Object.fromEntries(Object.entries(record).filter(([, item]) => item !== undefined)) as Json);
    return fc.oneof({ weight: 8, arbitrary: object }, { weight: 1, arbitrary: replaced });
  }
  return fc.oneof({ weight: 4, arbitrary: fc.constant(value) }, { weight: 1, arbitrary: replaced });
}
