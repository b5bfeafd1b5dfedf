import { afterEach, describe, expect, it, vi } from 'vitest';
import { warmUpGpu } from './gpu-warmup';

class FakeWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  terminate(): void {
    this.terminated = true;
  }
}

/** Whether `promise` has settled after the pending timers and microtasks ran. */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

afterEach(() => vi.useRealTimers());

describe('warmUpGpu', () => {
  it('waits for the worker to answer, then lets it go', async () => {
    vi.useFakeTimers();
    const worker = new FakeWorker();
    const warm = warmUpGpu(() => worker, 3000);
    expect(await settled(warm)).toBe(false);
    worker.onmessage?.(new MessageEvent('message', { data: true }));
    expect(await settled(warm)).toBe(true);
    expect(worker.terminated).toBe(true);
  });

  it('does not hold the map back when the worker fails, cannot start, or never answers', async () => {
    vi.useFakeTimers();
    const failing = new FakeWorker();
    const failed = warmUpGpu(() => failing, 3000);
    failing.onerror?.({} as ErrorEvent);
    expect(await settled(failed)).toBe(true);
    expect(failing.terminated).toBe(true);

    const unstartable = warmUpGpu(() => {
      throw new Error('Worker is not defined');
    }, 3000);
    expect(await settled(unstartable)).toBe(true);

    const silent = new FakeWorker();
    const waiting = warmUpGpu(() => silent, 3000);
    await vi.advanceTimersByTimeAsync(2999);
    expect(await settled(waiting)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(waiting)).toBe(true);
    expect(silent.terminated).toBe(true);
  });
});
