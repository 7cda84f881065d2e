import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnswerSchema } from './AnswerSchema.ts';
import { requestJson } from './requestJson.ts';

export interface Fetched<T> {
  readonly value: T | null;
  readonly error: string | null;
  readonly loading: boolean;
  readonly reload: () => void;
}

/** `GET path` with the participant's token when mounted and on `reload`; the last answer wins. */
export function useFetched<T>(path: string, schema: AnswerSchema<T>, token: string): Fetched<T> {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
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
    } else {
      setError(result.error);
    }
  }, [path, schema, token]);

  useEffect(() => {
    void load();
    return () => {
      // An answer arriving after unmount is ignored.
      latest.current += 1;
    };
  }, [load]);

  return { value, error, loading, reload: () => void load() };
}
