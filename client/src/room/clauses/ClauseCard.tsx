import type { DocumentPart, Verdict } from '@parley/shared';
import { isMediatorHolder, isWordingFrozen } from '@parley/shared';
import type { Editor } from '@tiptap/core';
import type { Ref } from 'react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import { ReopenForm } from '../../clauses/ReopenForm.tsx';
import { useMessages } from '../../i18n/useMessages.ts';
import { useIdentity } from '../../state/IdentityContext.ts';
import { useMaySend } from '../../state/useCommand.ts';
import { LockIcon } from '../../ui/icons/LockIcon.tsx';
import { holderLook } from '../editor/holderLook.ts';
import type { BracketRules, RichTextEditorOptions } from '../editor/RichTextEditor.tsx';
import { useEditorWords } from '../editor/useEditorWords.ts';
import { ClauseHistoryButton } from '../history/ClauseHistoryButton.tsx';
import { transitionRefusalWords } from '../rights/ruleWords.ts';
import { verdictReason } from '../rights/verdictReason.ts';
import { useRoom } from '../session/RoomContext.ts';
import { ClauseSuggestions } from '../suggestions/ClauseSuggestions.tsx';
import { useSuggesting } from '../suggestions/SuggestingContext.ts';
import { useClauseSuggestions } from '../suggestions/useClauseSuggestions.ts';
import { ClauseColumns } from '../versions/ClauseColumns.tsx';
import { useVersionsSignOffBlock } from '../versions/useVersionsSignOffBlock.ts';
import { ClauseComments } from './ClauseComments.tsx';
import { ClauseHeading } from './ClauseHeading.tsx';
import { ClauseNumber } from './ClauseNumber.tsx';
import { ClauseOptions, RestoreOptionsButton } from './ClauseOptions.tsx';
import { ClauseStatusBadge } from './ClauseStatusBadge.tsx';
import type { Activation } from './lazy/ClauseText.tsx';
import { ClauseText } from './lazy/ClauseText.tsx';
import { SignOffRow } from './SignOffRow.tsx';
import { TextOriginNote } from './TextOriginNote.tsx';
import { useClauseLife } from './useClauseLife.ts';
import { useClauseOptions, useComments, useSignOffs } from './useClauseParts.ts';
import type { ClauseSummary } from './useClauses.ts';
import { useClauseToolbarTarget } from './useClauseToolbarTarget.ts';

export interface ClauseCardProps {
  readonly clause: ClauseSummary;
  /** Whether the local participant may write this clause's wording, by the shared rules. */
  readonly verdict: Verdict;
  readonly provider: WebsocketProvider;
  /** False when nothing can reach the server any more, whatever the rules say. */
  readonly connected: boolean;
  readonly autoFocus: boolean;
  /** The list item, for a long draft's `LazyClauseCard` to see whether it is near the screen. */
  readonly itemRef?: Ref<HTMLLIElement>;
  /** How the person reached this clause's preview, for the editor to take the focus there (long drafts). */
  readonly activation?: Activation | null;
  readonly onActivated?: () => void;
}

const NOTICE_MS = 8_000;
const noActivation = () => {};

/**
 * One clause of the draft agreement: its number, heading, status and lock; its text with brackets;
 * its options side by side; the parties' sign-offs; comments and proposals. Its formatting, brackets,
 * "New option" and "Comment" are in the draft's one toolbar, which acts on the clause being edited:
 * the card tells it what that is.
 */
export function ClauseCard({
  clause,
  verdict,
  provider,
  connected,
  autoFocus,
  itemRef,
  activation = null,
  onActivated = noActivation,
}: ClauseCardProps) {
  const { you } = useIdentity();
  const { user, parties } = useRoom();
  const { text, locale } = useMessages();
  const { holderNames } = useEditorWords();
  const labelId = `clause-${clause.id}-label`;
  const flagId = `clause-${clause.id}-flag`;
  const part: DocumentPart = { kind: 'clauseText', clauseId: clause.id };
  const readOnlyReason = verdictReason(part, verdict, text);
  const editable = connected && readOnlyReason === null;
  const describedBy = clause.locked || readOnlyReason !== null ? flagId : undefined;
  const options = useClauseOptions(clause.record);
  const signoffs = useSignOffs(clause.record);
  const comments = useComments(clause.record);
  const suggestions = useClauseSuggestions(clause.record);
  // A heading is plain text, which cannot carry a suggestion: whoever must suggest leaves it be.
  const mustSuggest = useSuggesting()?.mustSuggest ?? false;
  const life = useClauseLife(clause.record, parties, you);
  const versionsBlock = useVersionsSignOffBlock(clause.record);
  const mayAddOption = useMaySend('clause.addOption');
  const mayComment = useMaySend('clause.comment');
  const mayRestore = useMaySend('clause.restoreOptions');
  // Offered once this mediator kept an option here, until options exist again (the server keeps what
  // to bring back, and refuses with the reason when the text has changed since).
  const [kept, setKept] = useState(false);
  const onKept = useCallback(() => setKept(true), []);

  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    if (notice === null) return;
    const timer = window.setTimeout(() => setNotice(null), NOTICE_MS);
    return () => window.clearTimeout(timer);
  }, [notice]);

  // Read when an edit is refused, not when the rules are made: the notice is in the language of the moment.
  const blockedNotice = (holder: string) =>
    isMediatorHolder(holder)
      ? text('bracket.blocked.mediator')
      : text('bracket.blocked.party', { holder: holderLook(parties, holder, holderNames).name });
  const blockedNoticeRef = useRef(blockedNotice);
  blockedNoticeRef.current = blockedNotice;
  const brackets = useMemo<BracketRules>(
    () => ({
      describeHolder: (holder) => holderLook(parties, holder, holderNames),
      mayLift: (holder) => you.role === 'mediator' || holder === you.partyId,
      ownParty: you.partyId,
      onBlocked: (holder) => setNotice(blockedNoticeRef.current(holder)),
    }),
    [parties, you, holderNames],
  );
  const guardBrackets = you.role !== 'mediator';

  const textOptions: RichTextEditorOptions = {
    fragment: clause.body,
    provider,
    user,
    labelledBy: labelId,
    describedBy,
    autoFocus,
    editable,
    brackets,
    guardBrackets,
    onSuggestBlocked: setNotice,
  };
  // The clause's text editor, from `ClauseText` once it has made it.
  const [body, setBody] = useState<Editor | null>(null);
  const { onFocusEditor, onPointerDownInText, commentsRef } = useClauseToolbarTarget({
    clause,
    body,
    blockedReason: readOnlyReason,
    notice,
    options: mayAddOption ? options : null,
    mayComment,
  });

  return (
    <li
      ref={itemRef}
      className={`clause clause--${clause.kind}${readOnlyReason === null ? '' : ' clause--read-only'}`}
      data-testid="clause"
      data-clause-id={clause.id}
      data-clause-kind={clause.kind}
      data-clause-status={life.status}
    >
      <div className="clause__header">
        <ClauseNumber id={labelId} kind={clause.kind} number={clause.number} />
        <ClauseHeading
          heading={clause.heading}
          number={clause.number}
          editable={editable && !mustSuggest}
          optional={clause.kind === 'preamble'}
        />
        <span className="clause__badges">
          <TextOriginNote origin={clause.origin} />
          <ClauseStatusBadge status={life.status} />
          <ClauseFlag id={flagId} locked={clause.locked} readOnlyReason={readOnlyReason} />
          <ClauseHistoryButton clauseId={clause.id} number={clause.number} />
        </span>
      </div>
      <ClauseColumns clause={clause} provider={provider} connected={connected}>
        <div className="clause__body" data-testid="clause-body" onPointerDown={onPointerDownInText}>
          {options.length > 0 && (
            <span className="clause__current-label" data-testid="current-text-label">
              {text('clause.currentText')}
            </span>
          )}
          <ClauseText options={textOptions} activation={activation} onActivated={onActivated} onEditor={setBody} />
        </div>
        <ClauseOptions
          clauseId={clause.id}
          number={clause.number}
          options={options}
          provider={provider}
          editable={editable}
          describedBy={describedBy}
          brackets={brackets}
          guardBrackets={guardBrackets}
          onSuggestBlocked={setNotice}
          onFocusEditor={onFocusEditor}
          onKept={onKept}
        />
      </ClauseColumns>
      <ClauseSuggestions clauseId={clause.id} number={clause.number} suggestions={suggestions} />
      <div className="clause__footer">
        <SignOffRow
          clauseId={clause.id}
          number={clause.number}
          signoffs={signoffs}
          signOffRefusal={
            life.signOffWhy ? transitionRefusalWords(life.signOffWhy, parties, text, locale) : versionsBlock
          }
        />
        {you.role === 'mediator' && isWordingFrozen(life.status) && (
          <ReopenForm clauseId={clause.id} name={text('clause.name', { number: clause.number })} place="room" />
        )}
        {mayRestore && kept && options.length === 0 && (
          <RestoreOptionsButton clauseId={clause.id} onDone={() => setKept(false)} />
        )}
      </div>
      <ClauseComments
        clauseId={clause.id}
        number={clause.number}
        comments={comments}
        mayApply={connected && readOnlyReason === null}
        detailsRef={commentsRef}
      />
    </li>
  );
}

/** "Locked" or "Read-only", with the reason for the person who cannot edit (as a tooltip and for screen readers). */
function ClauseFlag({ id, locked, readOnlyReason }: { id: string; locked: boolean; readOnlyReason: string | null }) {
  const { text } = useMessages();
  if (locked) {
    const reason = readOnlyReason ?? text('clause.lockedReason');
    return (
      <span className="clause__flag clause__flag--locked" id={id} title={reason} data-testid="clause-locked">
        <LockIcon /> {text('clause.locked')}
        <span className="visually-hidden">: {reason}</span>
      </span>
    );
  }
  if (readOnlyReason === null) return null;
  return (
    <span className="clause__flag" id={id} title={readOnlyReason} data-testid="clause-readonly">
      {text('clause.readOnly')}
      <span className="visually-hidden">: {readOnlyReason}</span>
    </span>
  );
}
