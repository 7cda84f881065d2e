import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnswerSchema } from './AnswerSchema.ts';
import { requestJson } from './requestJson.ts';
import { usePolling } from './usePolling.ts';

export interface PolledAnswer {
  /** The reason the last round failed, until one succeeds. */
  readonly error: string | null;
  /** Asks again at once. */
  readonly refresh: () => void;
}

/**
 * `GET path` with the participant's token every `intervalMs` while mounted, each answer checked with
 * its schema and handed to `onAnswer` (the roster, presence, notices); a failed round keeps the last
 * answer and says why.
 */
export function usePolledAnswer<T>(
  path: string,
  schema: AnswerSchema<T>,
  token: string,
  intervalMs: number,
  onAnswer: (value: T) => void,
): PolledAnswer {
  const [error, setError] = useState<string | null>(null);
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
        setError(result.error);
        return;
      }
      setError(null);
      handler.current(result.value);
    },
    [path, schema, token],
  );
  const refresh = usePolling(poll, intervalMs);
  return { error, refresh };
}
