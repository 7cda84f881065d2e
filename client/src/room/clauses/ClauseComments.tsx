import type { ClauseComment } from '@parley/shared';
import type { FormEvent, Ref } from 'react';
import { useId, useState } from 'react';
import type { MessageKey } from '../../i18n/catalogs/english.ts';
import { useMessages } from '../../i18n/useMessages.ts';
import { useCommand, useMaySend } from '../../state/useCommand.ts';
import { asSentence } from '../../ui/asSentence.ts';
import { useFormatTime } from '../../ui/formatTime.ts';
import { useBlockedReason } from '../rights/useBlockedReason.ts';
import { partyOf, useRoom } from '../session/RoomContext.ts';
import { TextOriginNote } from './TextOriginNote.tsx';

const DISPOSITION_LABELS: Readonly<Record<ClauseComment['disposition'], MessageKey>> = {
  open: 'comments.disposition.open',
  incorporated: 'comments.disposition.incorporated',
  notRetained: 'comments.disposition.notRetained',
};

/**
 * Comments and textual proposals on a clause (in One-Text mode, the delegations' only way to the
 * text): who wrote them, for which party, and what the mediator did with each proposal.
 */
export function ClauseComments({
  clauseId,
  number,
  comments,
  mayApply,
  detailsRef,
}: {
  clauseId: string;
  number: string;
  comments: readonly ClauseComment[];
  /** Whether the clause's words may change now (not agreed, not locked for this person): then a proposal can be put in. */
  mayApply: boolean;
  /** The card opens the comments from the draft's toolbar ("Comment"). */
  detailsRef?: Ref<HTMLDetailsElement>;
}) {
  const { parties } = useRoom();
  const { text } = useMessages();
  const { clock } = useFormatTime();
  const mayComment = useMaySend('clause.comment');
  const mayDecide = useMaySend('clause.decideProposal');
  const proposals = comments.filter((comment) => comment.kind === 'proposal').length;
  const open = comments.filter((comment) => comment.kind === 'proposal' && comment.disposition === 'open').length;
  if (!mayComment && comments.length === 0) return null;

  return (
    <details className="comments" data-testid="comments" ref={detailsRef}>
      <summary className="comments__summary">
        {text('comments.summary', { count: comments.length })}
        {open > 0 && <span className="badge badge--order">{text('comments.open', { count: open })}</span>}
        <span className="visually-hidden"> {text('comments.summaryMore', { number, count: proposals })}</span>
      </summary>
      {comments.length > 0 && (
        <ol className="comments__list">
          {comments.map((comment) => {
            const party = partyOf(parties, comment.partyId);
            return (
              <li
                key={comment.id}
                className={`comment comment--${comment.kind}`}
                data-testid="comment"
                data-kind={comment.kind}
              >
                <p className="comment__meta">
                  <strong className="comment__author">{comment.byName}</strong>
                  <span className="comment__seat">
                    {party ? (
                      <>
                        <span className="party__swatch" style={{ backgroundColor: party.color }} aria-hidden="true" />
                        {party.name}
                      </>
                    ) : (
                      text('comments.mediator')
                    )}
                  </span>
                  <time className="comment__time" dateTime={new Date(comment.at).toISOString()}>
                    {clock(comment.at)}
                  </time>
                  {comment.kind === 'proposal' && (
                    <>
                      <span className="badge badge--proposal">{text('comments.proposal')}</span>
                      <TextOriginNote origin={comment.origin} />
                      <span
                        className={`badge badge--disposition badge--${comment.disposition}`}
                        data-testid="comment-disposition"
                      >
                        {text(DISPOSITION_LABELS[comment.disposition])}
                      </span>
                    </>
                  )}
                </p>
                <p className="comment__text" dir="auto">
                  {comment.text}
                </p>
                {mayDecide && comment.kind === 'proposal' && comment.disposition === 'open' && (
                  <DecideProposal clauseId={clauseId} commentId={comment.id} mayApply={mayApply} />
                )}
              </li>
            );
          })}
        </ol>
      )}
      {mayComment && <CommentForm clauseId={clauseId} number={number} />}
    </details>
  );
}

/**
 * The mediator's decision: incorporated (and, in the same step, its wording put in as the clause's
 * text or as a new option naming its author), or not retained.
 */
function DecideProposal({ clauseId, commentId, mayApply }: { clauseId: string; commentId: string; mayApply: boolean }) {
  const { send, pending, error } = useCommand();
  const { text } = useMessages();
  const decide = (disposition: 'incorporated' | 'notRetained', apply?: 'asText' | 'asOption') =>
    void send({ type: 'clause.decideProposal', clauseId, commentId, disposition, ...(apply ? { apply } : {}) });
  return (
    <div className="row">
      {mayApply && (
        <>
          <button
            type="button"
            className="button button--small"
            disabled={pending}
            title={text('comments.asText.title')}
            onClick={() => decide('incorporated', 'asText')}
          >
            {text('comments.asText')}
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={pending}
            title={text('comments.asOption.title')}
            onClick={() => decide('incorporated', 'asOption')}
          >
            {text('comments.asOption')}
          </button>
        </>
      )}
      <button type="button" className="button button--small" disabled={pending} onClick={() => decide('incorporated')}>
        {text('comments.disposition.incorporated')}
      </button>
      <button type="button" className="button button--small" disabled={pending} onClick={() => decide('notRetained')}>
        {text('comments.disposition.notRetained')}
      </button>
      {error && (
        <p className="error" role="alert" dir="auto">
          {asSentence(error)}
        </p>
      )}
    </div>
  );
}

function CommentForm({ clauseId, number }: { clauseId: string; number: string }) {
  const ids = useId();
  const { text: message } = useMessages();
  const [text, setText] = useState('');
  const [proposal, setProposal] = useState(false);
  const { send, pending, error } = useCommand();
  const blocked = useBlockedReason('speaking');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '' || blocked !== null) return;
    if (await send({ type: 'clause.comment', clauseId, text: text.trim(), proposal })) {
      setText('');
      setProposal(false);
    }
  };
  return (
    <form className="comment-form" onSubmit={(event) => void submit(event)} data-testid="comment-form">
      <label htmlFor={`${ids}-text`} className="visually-hidden">
        {message('comments.field', { number })}
      </label>
      <textarea
        id={`${ids}-text`}
        className="comment-form__text"
        rows={2}
        value={text}
        maxLength={20_000}
        placeholder={message(proposal ? 'comments.placeholder.proposal' : 'comments.placeholder.comment')}
        disabled={blocked !== null}
        aria-describedby={blocked !== null ? `${ids}-blocked` : undefined}
        onChange={(event) => setText(event.target.value)}
      />
      {blocked !== null && (
        <p className="hint" id={`${ids}-blocked`} data-testid="comment-blocked">
          {message('comments.blocked', { reason: blocked })}
        </p>
      )}
      <div className="row">
        <label className="checkbox" htmlFor={`${ids}-proposal`}>
          <input
            id={`${ids}-proposal`}
            type="checkbox"
            checked={proposal}
            onChange={(event) => setProposal(event.target.checked)}
          />
          {message('comments.proposal')}
        </label>
        <button
          type="submit"
          className="button button--small"
          disabled={pending || blocked !== null || text.trim() === ''}
          title={blocked ?? undefined}
          aria-describedby={blocked !== null ? `${ids}-blocked` : undefined}
        >
          {message(proposal ? 'comments.submit.proposal' : 'comments.submit.comment')}
        </button>
      </div>
      {error && (
        <p className="error" role="alert" dir="auto">
          {asSentence(error)}
        </p>
      )}
    </form>
  );
}
