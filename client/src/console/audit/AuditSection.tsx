import { useCallback, useEffect, useRef, useState } from 'react';
import { requestJson } from '../../api/requestJson.ts';
import { useConsole } from '../ConsoleContext.ts';
import { Refusal } from '../ui/Refusal.tsx';
import type { AuditEntry } from './AuditEntry.ts';
import { parseAuditPage } from './AuditEntry.ts';
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
  const { sessionId, token } = useConsole();
  const [entries, setEntries] = useState<readonly AuditEntry[] | null>(null);
  const [next, setNext] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const newest = useRef<number | null>(null);
  const alive = useRef(true);
  const polling = useRef(false);

  const fetchPage = useCallback(
    (query: URLSearchParams) =>
      requestJson('GET', `/api/sessions/${sessionId}/audit?${query}`, undefined, parseAuditPage, token),
    [sessionId, token],
  );

  const loadLatest = useCallback(async () => {
    const result = await fetchPage(new URLSearchParams({ limit: String(PAGE_SIZE) }));
    if (!alive.current) return;
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    setEntries(result.value.entries);
    setNext(result.value.next);
    newest.current = result.value.entries[0]?.id ?? 0;
  }, [fetchPage]);

  const pollNewer = useCallback(async () => {
    if (newest.current === null || polling.current) return;
    polling.current = true;
    const result = await fetchPage(new URLSearchParams({ limit: String(PAGE_SIZE), after: String(newest.current) }));
    polling.current = false;
    if (!alive.current || !result.ok || result.value.entries.length === 0) return;
    const fresh = result.value.entries;
    newest.current = Math.max(newest.current ?? 0, ...fresh.map((entry) => entry.id));
    setEntries((previous) => {
      const known = new Set((previous ?? []).map((entry) => entry.id));
      return [...fresh.filter((entry) => !known.has(entry.id)), ...(previous ?? [])];
    });
  }, [fetchPage]);

  const loadOlder = async (before: number) => {
    setBusy(true);
    const result = await fetchPage(new URLSearchParams({ limit: String(PAGE_SIZE), before: String(before) }));
    setBusy(false);
    if (!alive.current) return;
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setEntries((previous) => [...(previous ?? []), ...result.value.entries]);
    setNext(result.value.next);
  };

  useEffect(() => {
    alive.current = true;
    void loadLatest();
    const timer = setInterval(() => void pollNewer(), AUDIT_POLL_MS);
    return () => {
      alive.current = false;
      clearInterval(timer);
    };
  }, [loadLatest, pollNewer]);

  return (
    <div className="mc-stack">
      <p className="mc-hint">Updates by itself while open.</p>
      <Refusal error={error} />
      {entries === null ? (
        <p className="mc-empty">Loading the record…</p>
      ) : entries.length === 0 ? (
        <p className="mc-empty">Nothing recorded yet.</p>
      ) : (
        <ol
          className="mc-list mc-list--plain mc-audit"
          aria-label="Record, newest first"
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
          Older
        </button>
      )}
    </div>
  );
}
