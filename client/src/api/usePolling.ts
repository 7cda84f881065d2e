import { useCallback, useEffect, useRef } from 'react';

/** One round of a poll; `alive()` is false once the component is gone, so its answer is dropped. */
export type Poll = (alive: () => boolean) => Promise<void>;

/**
 * Runs `poll` at once and then every `intervalMs` while mounted (the roster, presence, notices, the
 * record): the server pushes none of these, they are rare news and cheap to ask for. A tick is
 * skipped while the previous round is still out, so a slow server is not asked twice; the returned
 * `refresh` asks at once regardless (after a command that changes the answer).
 */
export function usePolling(poll: Poll, intervalMs: number): () => void {
  const alive = useRef(false);
  const inFlight = useRef(false);
  const run = useCallback(async () => {
    inFlight.current = true;
    try {
      await poll(() => alive.current);
    } finally {
      inFlight.current = false;
    }
  }, [poll]);

  useEffect(() => {
    alive.current = true;
    void run();
    const timer = setInterval(() => {
      if (!inFlight.current) void run();
    }, intervalMs);
    return () => {
      alive.current = false;
      clearInterval(timer);
    };
  }, [run, intervalMs]);

  return useCallback(() => void run(), [run]);
}
