import type { Notice, SessionId } from '@parley/shared';
import { noticesReadSchema, noticesSchema } from '@parley/shared';
import { useCallback, useRef, useState } from 'react';
import { requestJson } from '../../api/requestJson.ts';
import { usePolledAnswer } from '../../api/usePolledAnswer.ts';

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
  const [refusal, setRefusal] = useState<string | null>(null);
  const lastBody = useRef('');
  const polled = usePolledAnswer(
    `/api/sessions/${sessionId}/notices`,
    noticesSchema,
    token,
    NOTICES_POLL_MS,
    (answer) => {
      // A good answer also settles a failed dismissal: the list shows what the server holds.
      setRefusal(null);
      const body = JSON.stringify(answer.notices);
      if (body === lastBody.current) return;
      lastBody.current = body;
      setNotices(answer.notices);
    },
  );
  const { refresh } = polled;

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
        setRefusal(result.error);
        return;
      }
      setRefusal(null);
      setNotices((previous) => previous.filter((notice) => notice.id > id));
      refresh();
    },
    [sessionId, token, refresh],
  );

  return { notices, error: refusal ?? polled.error, dismiss };
}
