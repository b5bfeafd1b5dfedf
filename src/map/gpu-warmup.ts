/** Longest wait for the GPU warm-up before the map is made anyway. */
export const GPU_WARMUP_LIMIT_MS = 3000;

type WarmupWorker = Pick<Worker, 'terminate'> & { onmessage: ((event: MessageEvent) => void) | null; onerror: ((event: ErrorEvent) => void) | null };

const startWorker = (): WarmupWorker => new Worker(new URL('../workers/gpu-warmup-worker.ts', import.meta.url), { type: 'module', name: 'railwatch-gpu-warmup' });

/**
 * Resolves once a worker has made a WebGL context (gpu-warmup-worker.ts), so that the map's
 * own context, made after, does not hold the main thread while the GPU process starts its
 * renderer. Never rejects: when the worker cannot start, fails, or has not answered within
 * `limitMs`, it resolves anyway and the map is made as it would be without it.
 */
export function warmUpGpu(start: () => WarmupWorker = startWorker, limitMs = GPU_WARMUP_LIMIT_MS): Promise<void> {
  return new Promise((resolve) => {
    let worker: WarmupWorker | undefined;
    const done = () => {
      clearTimeout(timer);
      worker?.terminate();
      resolve();
    };
    const timer = setTimeout(done, limitMs);
    try {
      worker = start();
      worker.onmessage = done;
      worker.onerror = done;
    } catch {
      done();
    }
  });
}
