import type { ClauseId, Verdict } from '@parley/shared';
import { useMemo } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import { useMessages } from '../../i18n/useMessages.ts';
import { useStaticTextRenderer } from '../editor/useStaticTextRenderer.ts';
import type { WriteRights } from '../rights/useWriteRights.ts';
import { LazyClauseCard } from './lazy/LazyClauseCard.tsx';
import type { ClauseSummary } from './useClauses.ts';

interface ClauseListProps {
  readonly clauses: readonly ClauseSummary[];
  /** What the local participant may write: each clause's editors follow its verdict live. */
  readonly rights: WriteRights;
  readonly provider: WebsocketProvider;
  /** The clause this user just added, whose editor takes the focus. */
  readonly focusClauseId: ClauseId | null;
  /** False when nothing can reach the server any more, whatever the rules say. */
  readonly connected: boolean;
}

/**
 * Up to this many clauses, every clause's text is a live editor, as it always was; beyond, only those
 * on or near the screen are full cards (a live editor and a card's controls cost milliseconds each to
 * mount, and editors some work at every keystroke: 500 took 20 s to open and slowed typing), the
 * others previews: number, heading, status and a drawing of the text (`LazyClauseCard`).
 */
const ALL_LIVE_UP_TO = 30;

/** The text of the agreement: preamble and operative clauses in order, with derived numbers. */
export function ClauseList({ clauses, rights, provider, focusClauseId, connected }: ClauseListProps) {
  const { text } = useMessages();
  // A clause the rules know nothing of yet (it arrived a moment before them) is not writable.
  const notYetInText = text('clause.notYetInText');
  const unknownClause = useMemo<Verdict>(() => ({ allowed: false, reason: notYetInText }), [notYetInText]);
  const drawStatic = useStaticTextRenderer();
  const staticText = clauses.length > ALL_LIVE_UP_TO ? drawStatic : null;
  if (clauses.length === 0) {
    return <p className="empty">{rights.clauseSet.allowed ? text('clause.none.start') : text('clause.none.wait')}</p>;
  }
  return (
    <ol className={staticText === null ? 'clauses' : 'clauses clauses--long'}>
      {/* One component for short and long drafts alike: a draft growing past the bound keeps the cards
          it has mounted (and the editor someone is typing in, with its undo history). */}
      {clauses.map((clause) => (
        <LazyClauseCard
          key={clause.id}
          clause={clause}
          verdict={rights.clauseText.get(clause.id) ?? unknownClause}
          provider={provider}
          connected={connected}
          autoFocus={clause.id === focusClauseId}
          draw={staticText}
        />
      ))}
    </ol>
  );
}
