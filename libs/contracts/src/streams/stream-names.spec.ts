import { customerStream, parseStreamName } from './stream-names';

describe('stream names', () => {
  it('put category and tenant in the name and read back', () => {
    const name = customerStream('demo', '0190-abc');
    expect(name).toBe('customer-demo.0190-abc');
    expect(parseStreamName(name)).toEqual({ category: 'customer', tenantId: 'demo', id: '0190-abc' });
  });

  it('refuse characters that would let one tenant reach another stream', () => {
    expect(() => customerStream('demo.evil', 'x')).toThrow(/tenantId/);
    expect(() => customerStream('demo', 'a/b')).toThrow(/id/);
  });
});
