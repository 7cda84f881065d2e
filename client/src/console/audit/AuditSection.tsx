import { useCallback, useEffect, useRef, useState } from 'react';
import { requestJson } from '../../api/requestJson.ts';
import { useConsole } from '../ConsoleContext.ts';
import { Refusal } from '../ui/Refusal.tsx';
import type { AuditEntry } from './AuditEntry.ts';
import { parseAuditPage } from './AuditEntry.ts';
import { AuditRow } from './AuditRow.tsx';
import { useRecordLabels } from './useRecordLabels.ts';

const PAGE_SIZE = 50;

/** The session's record, newest first: who did what and when, and whether it was allowed. */
export function AuditSection() {
  const { sessionId, token, roots } = useConsole();
  const labels = useRecordLabels(roots);
  const [entries, setEntries] = useState<readonly AuditEntry[] | null>(null);
  const [next, setNext] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const latest = useRef(0);

  const load = useCallback(
    async (before: number | null) => {
      const ticket = ++latest.current;
      setBusy(true);
      const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
      if (before !== null) query.set('before', String(before));
      const result = await requestJson(
        'GET',
        `/api/sessions/${sessionId}/audit?${query}`,
        undefined,
        parseAuditPage,
        token,
      );
      if (ticket !== latest.current) return;
      setBusy(false);
      if (!result.ok) {
        setError(result.error);
        return;
      }
      setError(null);
      setEntries((previous) =>
        before === null ? result.value.entries : [...(previous ?? []), ...result.value.entries],
      );
      setNext(result.value.next);
    },
    [sessionId, token],
  );

  useEffect(() => {
    void load(null);
    return () => {
      latest.current += 1;
    };
  }, [load]);

  return (
    <div className="mc-stack">
      <div className="mc-row">
        <button
          type="button"
          className="mc-button mc-button--small"
          disabled={busy}
          onClick={() => void load(null)}
          data-testid="console-audit-refresh"
        >
          Show the latest
        </button>
      </div>
      <Refusal error={error} />
      {entries === null ? (
        <p className="mc-empty">Loading the record…</p>
      ) : entries.length === 0 ? (
        <p className="mc-empty">Nothing recorded yet.</p>
      ) : (
        <ol
          className="mc-list mc-list--plain mc-audit"
          aria-label="Record, newest first"
          data-testid="console-audit-entries"
        >
          {entries.map((entry) => (
            <AuditRow key={entry.id} entry={entry} labels={labels} />
          ))}
        </ol>
      )}
      {next !== null && (
        <button
          type="button"
          className="mc-button mc-button--small"
          disabled={busy}
          onClick={() => void load(next)}
          data-testid="console-audit-older"
        >
          Older
        </button>
      )}
    </div>
  );
}
