import type { ClauseAtAnswer, ClauseHistoryEntry } from '@parley/shared';
import { clauseAtAnswerSchema, clauseHistoryAnswerSchema } from '@parley/shared';
import { useCallback, useEffect, useState } from 'react';
import { requestJson } from '../../api/requestJson.ts';
import { useMessages } from '../../i18n/useMessages.ts';
import { useIdentity } from '../../state/IdentityContext.ts';
import { toLocalInput, useFormatTime } from '../../ui/formatTime.ts';
import { WordDiff } from '../../ui/WordDiff.tsx';
import { partyOf, useRoom } from '../session/RoomContext.ts';
import { AuthorName } from './AuthorName.tsx';
import { JointAuthors } from './JointAuthors.tsx';
import { Modal } from './Modal.tsx';

const PAGE = 20;

/**
 * A clause's history, newest first: who changed it (everyone who typed a joint entry, "A and B"),
 * when, and what (a word diff of each session of typing), paged with "Older"; and the clause as it
 * was at a chosen entry or time.
 */
export function ClauseHistoryDialog({
  clauseId,
  number,
  onClose,
}: {
  clauseId: string;
  number: string;
  onClose: () => void;
}) {
  const { sessionId, token } = useIdentity();
  const { parties } = useRoom();
  const { text } = useMessages();
  const { time: formatTime } = useFormatTime();
  const base = `/api/sessions/${sessionId}/clauses/${encodeURIComponent(clauseId)}/history`;
  const [entries, setEntries] = useState<ClauseHistoryEntry[]>([]);
  const [next, setNext] = useState<number | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [asOf, setAsOf] = useState<ClauseAtAnswer | null>(null);
  const [chosen, setChosen] = useState(() => toLocalInput(Date.now()));

  const load = useCallback(
    async (before: number | null) => {
      setLoading(true);
      const query = `?limit=${PAGE}${before === null ? '' : `&before=${before}`}`;
      const answer = await requestJson('GET', `${base}${query}`, undefined, clauseHistoryAnswerSchema, token);
      setLoading(false);
      if (!answer.ok) {
        setError(answer.error);
        return;
      }
      setError(null);
      setEntries((shown) => (before === null ? answer.value.entries : [...shown, ...answer.value.entries]));
      setNext(answer.value.next);
    },
    [base, token],
  );
  useEffect(() => {
    void load(null);
  }, [load]);

  const showAt = async (time: number) => {
    const query = `?time=${encodeURIComponent(new Date(time).toISOString())}`;
    const answer = await requestJson('GET', `${base}/at${query}`, undefined, clauseAtAnswerSchema, token);
    if (!answer.ok) setError(answer.error);
    else setAsOf(answer.value);
  };

  return (
    <Modal title={text('history.title', { number })} onClose={onClose} testId="clause-history">
      {error !== null && (
        <p role="alert" className="form-error" dir="auto">
          {error}
        </p>
      )}
      <form
        className="history-at"
        onSubmit={(event) => {
          event.preventDefault();
          const time = new Date(chosen).getTime();
          if (!Number.isNaN(time)) void showAt(time);
        }}
      >
        <label>
          {text('history.at.label')}{' '}
          <input
            type="datetime-local"
            step={1}
            value={chosen}
            onChange={(event) => setChosen(event.target.value)}
            data-testid="history-at-input"
          />
        </label>{' '}
        <button type="submit" className="button button--small">
          {text('history.at.show')}
        </button>
      </form>
      {asOf !== null && (
        <section className="history-as-of card" aria-live="polite" data-testid="history-as-of">
          <h3>{text('history.asOf', { time: formatTime(asOf.time) })}</h3>
          {asOf.text === null ? (
            <p>{text(asOf.existed ? 'history.asOf.tooFar' : 'history.asOf.notYet')}</p>
          ) : (
            asOf.text.split('\n').map((line, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: lines of one reading never reorder
              <p key={index} className="history-as-of__line" dir="auto">
                {line}
              </p>
            ))
          )}
          <button type="button" className="button button--small" onClick={() => setAsOf(null)}>
            {text('history.asOf.hide')}
          </button>
        </section>
      )}
      {entries.length === 0 && !loading && error === null && <p>{text('history.none')}</p>}
      <ol className="history-list" aria-label={text('history.list', { number })}>
        {entries.map((entry) => (
          <li key={entry.at} className="history-entry" data-testid="history-entry">
            <p className="history-entry__head">
              {entry.baseline ? (
                <strong>{text('history.baseline')}</strong>
              ) : entry.coAuthors !== undefined && entry.coAuthors.length > 0 ? (
                // Typed together: everyone who did, in the order they joined.
                <JointAuthors
                  authors={[
                    <AuthorName key="first" name={entry.name} party={partyOf(parties, entry.partyId)} />,
                    ...entry.coAuthors.map((author) => (
                      <AuthorName
                        key={author.participantId}
                        name={author.name}
                        party={partyOf(parties, author.partyId)}
                      />
                    )),
                  ]}
                />
              ) : (
                <AuthorName name={entry.name} party={partyOf(parties, entry.partyId)} />
              )}{' '}
              <time dateTime={new Date(entry.at).toISOString()}>{formatTime(entry.at)}</time>
              {entry.until - entry.at >= 1000 && <> – {formatTime(entry.until)}</>}
              {entry.removed && <strong> {text('history.removed')}</strong>}
            </p>
            <p className="history-entry__diff" dir="auto" data-testid="history-diff">
              <WordDiff parts={entry.diff} />
            </p>
            <button
              type="button"
              className="button button--small"
              onClick={() => void showAt(entry.until)}
              aria-label={text('history.showAt.label', { time: formatTime(entry.until), number })}
            >
              {text('history.showAt')}
            </button>
          </li>
        ))}
      </ol>
      {next !== null && (
        <button type="button" className="button" disabled={loading} onClick={() => void load(next)}>
          {text('history.older')}
        </button>
      )}
    </Modal>
  );
}
