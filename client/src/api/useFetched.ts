import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnswerSchema } from './AnswerSchema.ts';
import { isUnreachable, requestJson } from './requestJson.ts';
import { useWhenServerIsBack } from './useWhenServerIsBack.ts';

export interface Fetched<T> {
  readonly value: T | null;
  readonly error: string | null;
  readonly loading: boolean;
  readonly reload: () => void;
}

/**
 * `GET path` with the participant's token when mounted and on `reload`; the last answer wins. When the
 * server could not be reached, it asks again as soon as the page hears from the server.
 */
export function useFetched<T>(path: string, schema: AnswerSchema<T>, token: string): Fetched<T> {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [unreachable, setUnreachable] = useState(false);
  const [loading, setLoading] = useState(true);
  const latest = useRef(0);

  const load = useCallback(async () => {
    const ticket = ++latest.current;
    setLoading(true);
    const result = await requestJson('GET', path, undefined, schema, token);
    if (ticket !== latest.current) return;
    setLoading(false);
    if (result.ok) {
      setValue(result.value);
      setError(null);
      setUnreachable(false);
    } else {
      setError(result.error);
      setUnreachable(isUnreachable(result));
    }
  }, [path, schema, token]);

  useEffect(() => {
    void load();
    return () => {
      // An answer arriving after unmount is ignored.
      latest.current += 1;
    };
  }, [load]);

  useWhenServerIsBack(unreachable, () => void load());
  return { value, error, loading, reload: () => void load() };
}
