import type { ChangesAnswer } from '@parley/shared';
import { changesAnswerSchema, changesSeenAnswerSchema } from '@parley/shared';
import { useCallback, useEffect, useState } from 'react';
import { requestJson } from '../../api/requestJson.ts';
import { useMessages } from '../../i18n/useMessages.ts';
import { useFormatTime } from '../../ui/formatTime.ts';
import { ListOf } from '../../ui/ListOf.tsx';
import { WordDiff } from '../../ui/WordDiff.tsx';
import type { AuthorParty } from './AuthorName.tsx';
import { AuthorName } from './AuthorName.tsx';
import { Modal } from './Modal.tsx';

/**
 * "Changes since your last visit" in the room's top bar: the clauses whose wording changed since
 * this participant last had the room open (the server remembers when their connection closed, or
 * when they marked the changes seen), each with a word diff from then to now and who changed it.
 */
export function ChangesSinceVisit({
  sessionId,
  token,
  parties,
}: {
  sessionId: string;
  token: string;
  parties: readonly ({ id: string } & AuthorParty)[];
}) {
  const [answer, setAnswer] = useState<ChangesAnswer | null>(null);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async () => {
    const result = await requestJson(
      'GET',
      `/api/sessions/${sessionId}/changes`,
      undefined,
      changesAnswerSchema,
      token,
    );
    if (result.ok) setAnswer(result.value);
    else setError(result.error);
  }, [sessionId, token]);
  useEffect(() => {
    void load();
  }, [load]);

  const markSeen = async () => {
    const result = await requestJson(
      'POST',
      `/api/sessions/${sessionId}/changes/seen`,
      {},
      changesSeenAnswerSchema,
      token,
    );
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setAnswer({ since: result.value.seenAt, clauses: [] });
    setOpen(false);
  };

  const { text, rich } = useMessages();
  const { time } = useFormatTime();
  if (answer === null || answer.since === null) return null;
  const count = answer.clauses.length;
  const since = time(answer.since);
  return (
    <>
      <button
        type="button"
        className="button button--small"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        data-testid="changes-since-button"
      >
        {text('room.bar.changesSince', { count })}
      </button>
      {open && (
        <Modal title={text('changes.title', { since })} onClose={() => setOpen(false)} testId="changes-since">
          {error !== null && (
            <p role="alert" className="form-error" dir="auto">
              {error}
            </p>
          )}
          {count === 0 ? (
            <p>{text('changes.none', { since })}</p>
          ) : (
            <ol className="history-list">
              {answer.clauses.map((clause) => (
                <li key={clause.clauseId} className="history-entry" data-testid="changed-clause">
                  <h3 className="history-entry__head">
                    {rich('changes.entry', {
                      clause:
                        clause.number === ''
                          ? text('changes.removedClause')
                          : text('changes.clause', { number: clause.number }),
                      change: clause.change,
                      authors: (
                        <ListOf
                          items={clause.authors.map((author) => (
                            <AuthorName
                              key={author.participantId ?? 'server'}
                              name={author.name}
                              party={parties.find((party) => party.id === author.partyId) ?? null}
                            />
                          ))}
                        />
                      ),
                    })}
                  </h3>
                  <p className="history-entry__diff" dir="auto" data-testid="changed-clause-diff">
                    <WordDiff parts={clause.diff} />
                  </p>
                  {clause.change !== 'removed' && (
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => {
                        setOpen(false);
                        // Once the modal dialog is gone: the page behind it is inert while it is open.
                        window.setTimeout(() => showClause(clause.clauseId), 0);
                      }}
                    >
                      {text('changes.show', { number: clause.number })}
                    </button>
                  )}
                </li>
              ))}
            </ol>
          )}
          <p>
            <button type="button" className="button" onClick={() => void markSeen()} data-testid="changes-mark-seen">
              {text('changes.markSeen')}
            </button>
          </p>
        </Modal>
      )}
    </>
  );
}

/** Scrolls the draft to a clause and puts the cursor in its text (the room marks each clause with its id). */
function showClause(clauseId: string): void {
  const card = document.querySelector<HTMLElement>(`[data-clause-id="${CSS.escape(clauseId)}"]`);
  if (!card) return;
  card.scrollIntoView({ block: 'center' });
  // In a long draft a clause far away is a preview: focusing its drawn text turns it into the editor.
  card.querySelector<HTMLElement>('.ProseMirror, .rich-text__content--static')?.focus();
}
