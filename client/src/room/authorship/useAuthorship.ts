import type { AuthorEntry, Party, SessionId } from '@parley/shared';
import { authorsAnswerSchema } from '@parley/shared';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { requestJson } from '../../api/requestJson.ts';
import { useMessages } from '../../i18n/useMessages.ts';
import type { AuthorLook, AuthorshipLens } from './AuthorshipLens.ts';
import { authorLook } from './authorLook.ts';

/** An id the server did not know is asked about again after this long, then twice as long each time (its first edit may be in flight). */
const ASK_AGAIN_MS = 1500;
/** How often one unknown id is asked about (the last ask about 24 s after the first). */
const MAX_ASKS = 5;
/** Unknown ids seen together (a burst of typing, a relayed paste) are asked about in one request. */
const GATHER_MS = 200;

/**
 * The authorship lens of the plenary while the view is on: the server's client-id bindings (fetched
 * with the shared schema when the view opens, and again when text by an unknown client id appears),
 * looked up with the parties' colours. Null while the view is off.
 */
export function useAuthorship(
  sessionId: SessionId,
  token: string,
  parties: readonly Party[],
  enabled: boolean,
): AuthorshipLens | null {
  const [authors, setAuthors] = useState<ReadonlyMap<number, AuthorEntry>>(() => new Map());
  const asksOf = useRef(new Map<number, number>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const { text } = useMessages();

  const fetchAuthors = useCallback(async () => {
    const result = await requestJson(
      'GET',
      `/api/sessions/${encodeURIComponent(sessionId)}/authors`,
      undefined,
      authorsAnswerSchema,
      token,
    );
    // A failed round keeps what we had; the next unknown id asks again.
    if (result.ok) setAuthors(new Map(result.value.authors.map((entry) => [entry.clientId, entry])));
  }, [sessionId, token]);

  useEffect(() => {
    if (enabled) void fetchAuthors();
  }, [enabled, fetchAuthors]);

  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );

  return useMemo<AuthorshipLens | null>(() => {
    if (!enabled) return null;
    const looks = new Map<number, AuthorLook>();
    for (const [clientId, entry] of authors) looks.set(clientId, authorLook(entry, parties, text));
    return {
      lookup: (clientId) => looks.get(clientId),
      noteUnknown: (clientId) => {
        // Words typed here are known to this page before the server has stored whose they are: an
        // ask that came too early is asked again later (backing off), never dropped, or the words
        // would stay uncoloured until the next edit.
        const asks = asksOf.current.get(clientId) ?? 0;
        if (asks >= MAX_ASKS || timer.current !== null) return;
        asksOf.current.set(clientId, asks + 1);
        timer.current = setTimeout(
          () => {
            timer.current = null;
            void fetchAuthors();
          },
          asks === 0 ? GATHER_MS : ASK_AGAIN_MS * 2 ** (asks - 1),
        );
      },
    };
  }, [enabled, authors, parties, fetchAuthors, text]);
}
