import { turnBatcher } from './turn-batcher';

describe('turnBatcher', () => {
  it('runs the calls of one event-loop turn as one batch, answering each its own result', async () => {
    const batches: number[][] = [];
    const double = turnBatcher<number, number>(async (items) => {
      batches.push([...items]);
      return items.map((item) => item * 2);
    });
    expect(await Promise.all([double(1), double(2), double(3)])).toEqual([2, 4, 6]);
    expect(await double(4)).toBe(8);
    expect(batches).toEqual([[1, 2, 3], [4]]);
  });

  it('fails every call of a failed batch, and recovers for the next', async () => {
    let fail = true;
    const run = turnBatcher<number, number>(async (items) => {
      if (fail) throw new Error('down');
      return [...items];
    });
    await expect(Promise.all([run(1), run(2)])).rejects.toThrow('down');
    fail = false;
    expect(await run(3)).toBe(3);
  });
});
