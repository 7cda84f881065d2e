import type { Notice, Notices, SessionId } from '@parley/shared';
import { noticesSchema } from '@parley/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { requestJson } from '../../api/requestJson.ts';

/** Notices are a few seconds late at most; each poll is one indexed read on the server. */
export const NOTICES_POLL_MS = 4_000;

const parseNotices = (value: unknown): Notices | null => {
  const parsed = noticesSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
};
const parseRead = (value: unknown): true | null =>
  typeof value === 'object' && value !== null && 'readUpTo' in value ? true : null;

export interface NoticesState {
  readonly notices: readonly Notice[];
  readonly error: string | null;
  /** Marks this notice (and every older one) read, on the server, so it stays read after a reload. */
  readonly dismiss: (id: number) => Promise<void>;
}

/** The participant's unread notices, polled while the room is open; read state lives on the server. */
export function useNotices(sessionId: SessionId, token: string): NoticesState {
  const [notices, setNotices] = useState<readonly Notice[]>([]);
  const [error, setError] = useState<string | null>(null);
  const alive = useRef(true);
  const lastBody = useRef('');

  const poll = useCallback(async () => {
    const result = await requestJson('GET', `/api/sessions/${sessionId}/notices`, undefined, parseNotices, token);
    if (!alive.current) return;
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    const body = JSON.stringify(result.value.notices);
    if (body === lastBody.current) return;
    lastBody.current = body;
    setNotices(result.value.notices);
  }, [sessionId, token]);

  useEffect(() => {
    alive.current = true;
    void poll();
    const timer = setInterval(() => void poll(), NOTICES_POLL_MS);
    return () => {
      alive.current = false;
      clearInterval(timer);
    };
  }, [poll]);

  const dismiss = useCallback(
    async (id: number) => {
      const result = await requestJson(
        'POST',
        `/api/sessions/${sessionId}/notices/read`,
        { upTo: id },
        parseRead,
        token,
      );
      if (!alive.current) return;
      if (!result.ok) {
        setError(result.error);
        return;
      }
      setNotices((previous) => previous.filter((notice) => notice.id > id));
      void poll();
    },
    [sessionId, token, poll],
  );

  return { notices, error, dismiss };
}
