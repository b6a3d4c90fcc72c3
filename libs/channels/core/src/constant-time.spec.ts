import fc from 'fast-check';
import { constantTimeEqual, constantTimeEqualAny } from './constant-time';

describe('constantTimeEqual', () => {
  it('accepts equal values whether strings or buffers', () => {
    expect(constantTimeEqual('s3cret', 's3cret')).toBe(true);
    expect(constantTimeEqual(Buffer.from('s3cret'), 's3cret')).toBe(true);
  });

  it('rejects different values, including prefixes and the empty string', () => {
    expect(constantTimeEqual('s3cret', 's3cre')).toBe(false);
    expect(constantTimeEqual('', 's3cret')).toBe(false);
    expect(constantTimeEqual('S3cret', 's3cret')).toBe(false);
  });

  it('agrees with plain equality for any pair of strings', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => constantTimeEqual(a, b) === (a === b)));
  });

  it('matches any of several candidates', () => {
    expect(constantTimeEqualAny('b', ['a', 'b'])).toBe(true);
    expect(constantTimeEqualAny('c', ['a', 'b'])).toBe(false);
    expect(constantTimeEqualAny('c', [])).toBe(false);
  });
});
