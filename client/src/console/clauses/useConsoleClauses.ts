import type { ClauseId, ClauseKind, ClauseStatus, CommentId, OptionId, PlenaryRoots } from '@parley/shared';
import {
  checkSetStatus,
  checkTransition,
  clauseCommentSchema,
  clauseComments,
  clauseFactsOf,
  clauseNumbers,
  clauseRecord,
  clauseStatusSchema,
  fragmentPlainText,
  readClausesInOrder,
  readParties,
} from '@parley/shared';
import { useCallback } from 'react';
import type * as Y from 'yjs';
import type { PendingSuggestion } from '../../room/suggestions/readSuggestions.ts';
import { readSuggestions } from '../../room/suggestions/readSuggestions.ts';
import { samePlainValue } from '../../state/samePlainValue.ts';
import { useYjsValue } from '../../yjs/useYjsValue.ts';

/** An open textual proposal on a clause, waiting for the mediator's decision (One-Text procedure). */
export interface OpenProposal {
  readonly id: CommentId;
  readonly byName: string;
  readonly partyId: string | null;
  readonly text: string;
}

/** What the console shows of a clause: plain data only, so unchanged clauses do not re-render. */
export interface ConsoleClause {
  readonly id: ClauseId;
  readonly kind: ClauseKind;
  /** "PP1" … or "1" …, derived from the order. */
  readonly number: string;
  readonly heading: string;
  /** The start of the clause's wording, to recognise it by. */
  readonly snippet: string;
  readonly status: ClauseStatus;
  readonly locked: boolean;
  readonly options: readonly { readonly id: OptionId; readonly label: string; readonly snippet: string }[];
  readonly proposals: readonly OpenProposal[];
  readonly signOffs: number;
  /** Pending suggestions in its wording (issue 14), in the order of the text. */
  readonly suggestions: readonly PendingSuggestion[];
  /** The statuses the mediator's menu offers: the current one and those the clause life allows by hand. */
  readonly statusChoices: readonly ClauseStatus[];
  /** Why "agreed, no objection" is not possible now, or null when it is. */
  readonly agreeRefusal: string | null;
}

const MEDIATOR = { role: 'mediator' } as const;

const SNIPPET_LENGTH = 90;
/** Typing in a clause refreshes its snippet at most this often: the console is not the editor. */
const TEXT_REFRESH_MS = 400;

function snippetOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > SNIPPET_LENGTH ? `${flat.slice(0, SNIPPET_LENGTH - 1)}…` : flat;
}

function openProposals(roots: PlenaryRoots, id: ClauseId): OpenProposal[] {
  const record = clauseRecord(roots, id);
  if (!record) return [];
  let comments: unknown[];
  try {
    comments = clauseComments(record).toArray();
  } catch {
    return [];
  }
  return comments.flatMap((value) => {
    const parsed = clauseCommentSchema.safeParse(value);
    if (!parsed.success || parsed.data.kind !== 'proposal' || parsed.data.disposition !== 'open') return [];
    const { id: commentId, byName, partyId, text } = parsed.data;
    return [{ id: commentId as CommentId, byName, partyId, text }];
  });
}

function readConsoleClauses(roots: PlenaryRoots): ConsoleClause[] {
  const clauses = readClausesInOrder(roots);
  const numbers = clauseNumbers(clauses);
  const parties = readParties(roots);
  return clauses.map((clause) => {
    const facts = clauseFactsOf(clause, parties);
    const agree = checkTransition('agreeWithoutObjection', facts, MEDIATOR);
    return {
      id: clause.id,
      kind: clause.kind,
      number: numbers.get(clause.id) ?? '',
      heading: clause.heading.toString(),
      snippet: snippetOf(fragmentPlainText(clause.body)),
      status: clause.status,
      locked: clause.locked,
      options: clause.options.map((option) => ({
        id: option.id,
        label: option.label,
        snippet: snippetOf(fragmentPlainText(option.body)),
      })),
      proposals: openProposals(roots, clause.id),
      signOffs: clause.signoffs.size,
      suggestions: readSuggestionsOf(roots, clause.id),
      statusChoices: clauseStatusSchema.options.filter(
        (status) => status === clause.status || checkSetStatus(status, facts, MEDIATOR).allowed,
      ),
      agreeRefusal: agree.allowed ? null : agree.reason,
    };
  });
}

function readSuggestionsOf(roots: PlenaryRoots, id: ClauseId): PendingSuggestion[] {
  const record = clauseRecord(roots, id);
  return record ? readSuggestions(record) : [];
}

/** A change to wording (a clause's heading or body, an option's body) rather than to its controls. */
function isTextEdit(event: Y.YEvent<Y.AbstractType<unknown>>): boolean {
  const path = event.path;
  return path[1] === 'body' || path[1] === 'heading' || (path[1] === 'options' && path[3] === 'body');
}

/**
 * The clauses in the order of the text, live: status, lock, options and open proposals at once;
 * the snippets of wording follow typing with a short delay.
 */
export function useConsoleClauses(roots: PlenaryRoots): readonly ConsoleClause[] {
  const subscribe = useCallback(
    (onChange: () => void) => {
      let timer: ReturnType<typeof setTimeout> | null = null;
      const later = () => {
        timer ??= setTimeout(() => {
          timer = null;
          onChange();
        }, TEXT_REFRESH_MS);
      };
      const onClauses = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
        if (events.every(isTextEdit)) later();
        else onChange();
      };
      roots.clauseOrder.observe(onChange);
      roots.clauses.observeDeep(onClauses);
      return () => {
        if (timer !== null) clearTimeout(timer);
        roots.clauseOrder.unobserve(onChange);
        roots.clauses.unobserveDeep(onClauses);
      };
    },
    [roots],
  );
  return useYjsValue(subscribe, () => readConsoleClauses(roots), samePlainValue);
}
