import type { AuditEntryView } from '@parley/shared';
import { auditPageSchema } from '@parley/shared';
import { useCallback, useRef, useState } from 'react';
import { requestJson } from '../../api/requestJson.ts';
import { usePolling } from '../../api/usePolling.ts';
import { useMessages } from '../../i18n/useMessages.ts';
import { useIdentity } from '../../state/IdentityContext.ts';
import { Refusal } from '../ui/Refusal.tsx';
import { AuditRow } from './AuditRow.tsx';

const PAGE_SIZE = 50;
/** How often the open record asks for what is new. */
export const AUDIT_POLL_MS = 3_000;

/**
 * The session's record, newest first, told in words by the server, and live: while this section is
 * open it asks every few seconds for the entries after the newest it holds (`after=`), a request
 * that costs one indexed read when nothing happened. A push over the sync socket would save the
 * requests but would put the record, which only mediators may read, into the shared document.
 */
export function AuditSection() {
  const { sessionId, token } = useIdentity();
  const { text } = useMessages();
  const [entries, setEntries] = useState<readonly AuditEntryView[] | null>(null);
  const [next, setNext] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const newest = useRef<number | null>(null);

  const fetchPage = useCallback(
    (query: URLSearchParams) =>
      requestJson('GET', `/api/sessions/${sessionId}/audit?${query}`, undefined, auditPageSchema, token),
    [sessionId, token],
  );

  // The first round loads the newest page; every later one asks only for what came after it.
  const poll = useCallback(
    async (alive: () => boolean) => {
      const after = newest.current;
      const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
      if (after !== null) query.set('after', String(after));
      const result = await fetchPage(query);
      if (!alive()) return;
      if (after === null) {
        if (!result.ok) {
          setError(result.error);
          return;
        }
        setError(null);
        setEntries(result.value.entries);
        setNext(result.value.next);
        newest.current = result.value.entries[0]?.id ?? 0;
        return;
      }
      if (!result.ok) return;
      // The record answers again: a failure shown earlier (the first page, an older page) is over.
      setError(null);
      if (result.value.entries.length === 0) return;
      const fresh = result.value.entries;
      newest.current = Math.max(newest.current ?? 0, ...fresh.map((entry) => entry.id));
      setEntries((previous) => {
        const known = new Set((previous ?? []).map((entry) => entry.id));
        return [...fresh.filter((entry) => !known.has(entry.id)), ...(previous ?? [])];
      });
    },
    [fetchPage],
  );
  usePolling(poll, AUDIT_POLL_MS);

  const loadOlder = async (before: number) => {
    setBusy(true);
    const result = await fetchPage(new URLSearchParams({ limit: String(PAGE_SIZE), before: String(before) }));
    // After an unmount React drops these updates.
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setEntries((previous) => [...(previous ?? []), ...result.value.entries]);
    setNext(result.value.next);
  };

  return (
    <div className="mc-stack">
      <p className="mc-hint">{text('console.audit.live')}</p>
      <Refusal error={error} />
      {entries === null ? (
        <p className="mc-empty">{text('console.audit.loading')}</p>
      ) : entries.length === 0 ? (
        <p className="mc-empty">{text('console.audit.empty')}</p>
      ) : (
        <ol
          className="mc-list mc-list--plain mc-audit"
          aria-label={text('console.audit.entries')}
          aria-live="polite"
          data-testid="console-audit-entries"
        >
          {entries.map((entry) => (
            <AuditRow key={entry.id} entry={entry} />
          ))}
        </ol>
      )}
      {next !== null && (
        <button
          type="button"
          className="mc-button mc-button--small"
          disabled={busy}
          onClick={() => void loadOlder(next)}
          data-testid="console-audit-older"
        >
          {text('console.audit.older')}
        </button>
      )}
    </div>
  );
}
