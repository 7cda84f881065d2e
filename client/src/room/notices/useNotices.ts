import type { Notice, SessionId } from '@parley/shared';
import { noticesReadSchema, noticesSchema } from '@parley/shared';
import { useCallback, useRef, useState } from 'react';
import { requestJson } from '../../api/requestJson.ts';
import { usePolling } from '../../api/usePolling.ts';

/** Notices are a few seconds late at most; each poll is one indexed read on the server. */
export const NOTICES_POLL_MS = 4_000;

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
  const lastBody = useRef('');

  const poll = useCallback(
    async (alive: () => boolean) => {
      const result = await requestJson('GET', `/api/sessions/${sessionId}/notices`, undefined, noticesSchema, token);
      if (!alive()) return;
      if (!result.ok) {
        setError(result.error);
        return;
      }
      setError(null);
      const body = JSON.stringify(result.value.notices);
      if (body === lastBody.current) return;
      lastBody.current = body;
      setNotices(result.value.notices);
    },
    [sessionId, token],
  );
  const refresh = usePolling(poll, NOTICES_POLL_MS);

  const dismiss = useCallback(
    async (id: number) => {
      const result = await requestJson(
        'POST',
        `/api/sessions/${sessionId}/notices/read`,
        { upTo: id },
        noticesReadSchema,
        token,
      );
      // After an unmount React drops these updates; nothing else depends on the answer.
      if (!result.ok) {
        setError(result.error);
        return;
      }
      setNotices((previous) => previous.filter((notice) => notice.id > id));
      refresh();
    },
    [sessionId, token, refresh],
  );

  return { notices, error, dismiss };
}
