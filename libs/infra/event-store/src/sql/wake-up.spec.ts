import { createWakeUp } from './wake-up';

describe('createWakeUp', () => {
  it('returns at once when a signal arrived after the caller looked', async () => {
    const wakeUp = createWakeUp();
    const seen = wakeUp.generation;
    wakeUp.signal();
    await expect(wakeUp.wait(60_000, seen)).resolves.toBeUndefined();
  });

  it('wakes every waiter on a signal, long before the interval', async () => {
    const wakeUp = createWakeUp();
    const waits = [wakeUp.wait(60_000, wakeUp.generation), wakeUp.wait(60_000, wakeUp.generation)];
    wakeUp.signal();
    await expect(Promise.all(waits)).resolves.toEqual([undefined, undefined]);
  });

  it('wakes by itself when the interval passes', async () => {
    jest.useFakeTimers();
    try {
      const wakeUp = createWakeUp();
      const waiting = wakeUp.wait(100, wakeUp.generation);
      jest.advanceTimersByTime(100);
      await expect(waiting).resolves.toBeUndefined();
    } finally {
      jest.useRealTimers();
    }
  });
});
