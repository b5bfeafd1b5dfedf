import { useEffect, useState } from 'react';

/**
 * A module the first map needs but the shell does not (issue 8: it stays out of the start
 * bundle). It is asked for on mount, so it loads alongside the map rather than after it, and
 * is returned once it has arrived (null until then). `load` must be stable (module level).
 */
export function useLazyModule<T>(load: () => Promise<T>, onError: (reason: string) => void): T | null {
  const [loaded, setLoaded] = useState<T | null>(null);
  useEffect(() => {
    let live = true;
    load().then(
      (module) => {
        if (live) setLoaded(module);
      },
      (error: unknown) => {
        if (live) onError(error instanceof Error ? error.message : String(error));
      },
    );
    return () => {
      live = false;
    };
    // onError is only read on failure; asking again for every new callback would be pointless.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [load]);
  return loaded;
}
