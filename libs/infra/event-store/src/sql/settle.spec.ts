import { settle } from './settle';

describe('settle', () => {
  it('looks again until the answer is settled', async () => {
    let looks = 0;
    const value = await settle(1000, async () => {
      looks += 1;
      return { value: looks, settled: looks === 3 };
    });
    expect(value).toBe(3);
  });

  it('answers the last look once the time is up', async () => {
    let looks = 0;
    const value = await settle(0, async () => {
      looks += 1;
      return { value: `look ${looks}`, settled: false };
    });
    expect(value).toBe('look 1');
  });
});
