import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnswerSchema } from './AnswerSchema.ts';
import { isUnreachable, requestJson } from './requestJson.ts';
import { usePolling } from './usePolling.ts';
import { useWhenServerIsBack } from './useWhenServerIsBack.ts';

export interface PolledAnswer {
  /**
   * The reason the last round failed, until one succeeds: when the server could not be reached, the
   * next round starts as soon as anything on the page hears from it again, not at the next tick.
   */
  readonly error: string | null;
  /** Asks again at once. */
  readonly refresh: () => void;
}

/**
 * `GET path` with the participant's token every `intervalMs` while mounted, each answer checked with
 * its schema and handed to `onAnswer` (the roster, presence, notices); a failed round keeps the last
 * answer and says why, until a round succeeds.
 */
export function usePolledAnswer<T>(
  path: string,
  schema: AnswerSchema<T>,
  token: string,
  intervalMs: number,
  onAnswer: (value: T) => void,
): PolledAnswer {
  const [failure, setFailure] = useState<{ readonly error: string; readonly unreachable: boolean } | null>(null);
  // The latest handler, so a caller's new closure does not restart the polling.
  const handler = useRef(onAnswer);
  useEffect(() => {
    handler.current = onAnswer;
  });
  const poll = useCallback(
    async (alive: () => boolean) => {
      const result = await requestJson('GET', path, undefined, schema, token);
      if (!alive()) return;
      if (!result.ok) {
        const unreachable = isUnreachable(result);
        // The same failure again is no news: keep the state, so the page does not render for nothing.
        setFailure((previous) =>
          previous?.error === result.error && previous.unreachable === unreachable
            ? previous
            : { error: result.error, unreachable },
        );
        return;
      }
      setFailure(null);
      handler.current(result.value);
    },
    [path, schema, token],
  );
  const refresh = usePolling(poll, intervalMs);
  useWhenServerIsBack(failure?.unreachable === true, refresh);
  return { error: failure?.error ?? null, refresh };
}
