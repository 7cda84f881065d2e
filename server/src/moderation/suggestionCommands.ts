import type { ClauseId, Command, PendingSuggestion, PlenaryRoots } from '@parley/shared';
import {
  CLAUSE_STATUS_NAMES,
  clauseRecord,
  clauseTextFields,
  DELETION_MARK,
  forEachFieldText,
  INSERTION_MARK,
  isWordingFrozen,
  maySettleSuggestion,
  pendingSuggestionsOf,
  readClause,
  readSettings,
  suggestionOf,
} from '@parley/shared';
import * as Y from 'yjs';
import { Refusal } from '../domain/Refusal.ts';
import type { CommandContext, CommandResult } from './CommandContext.ts';
import type { UpkeepRecorder } from './clauseUpkeep.ts';
import { afterWordingChange } from './clauseUpkeep.ts';

type SuggestionCommand = Extract<Command, { type: `suggestion.${string}` }>;

interface DeltaOp {
  readonly insert: unknown;
  readonly attributes?: Record<string, unknown>;
}

/**
 * `suggestion.accept` / `suggestion.reject`: the mediator (or, while the session allows it, the party
 * whose brackets hold every word of them: `maySettleSuggestion`) settles a clause's pending suggestions
 * (those named, all of one party's, or all), in every rich-text field of the clause. Accepting an
 * insertion and rejecting a deletion lift the mark (the words stay); accepting a deletion and
 * rejecting an insertion remove the words. The record keeps the words and who suggested them, so
 * each author is told (notices).
 */
export async function runSuggestionCommand(ctx: CommandContext, command: SuggestionCommand): Promise<CommandResult> {
  const accepting = command.type === 'suggestion.accept';
  const recorder: UpkeepRecorder = {
    sessionId: ctx.session.id,
    appendAudit: (entry) => void ctx.storage.appendAudit(entry),
    now: ctx.now,
  };
  if (command.partyId !== undefined && !ctx.session.parties.some((party) => party.id === command.partyId)) {
    throw new Refusal('notFound', 'partyId: no such party in this session');
  }
  return ctx.documents.changePlenary(ctx.session.id, (roots: PlenaryRoots): CommandResult => {
    const clauseId = command.clauseId as ClauseId;
    const record = clauseRecord(roots, clauseId);
    const clause = record ? readClause(record) : null;
    if (!record || !clause) throw new Refusal('notFound', 'clauseId: no such clause');
    if (isWordingFrozen(clause.status)) {
      throw new Refusal(
        'conflict',
        `the clause is ${CLAUSE_STATUS_NAMES[clause.status].toLowerCase()}: its words are read-only until it is reopened`,
      );
    }
    const pending = pendingSuggestionsOf(clauseTextFields(record));
    const chosen = choose(pending, command);
    const verb = accepting ? 'accept' : 'reject';
    if (chosen.length === 0) {
      const whose =
        command.partyId === undefined
          ? ''
          : ` by ${ctx.session.parties.find((p) => p.id === command.partyId)?.name ?? 'that party'}`;
      throw new Refusal('conflict', `the clause has no pending suggestion${whose} to ${verb}`);
    }
    if (ctx.actor.role !== 'mediator') {
      const settings = readSettings(roots);
      if (!settings.holdersMaySettleSuggestions) {
        throw new Refusal('forbidden', 'only the mediator settles suggestions in this session');
      }
      const theirs = chosen.find((suggestion) => !maySettleSuggestion(ctx.actor, settings, suggestion));
      if (theirs !== undefined) {
        throw new Refusal(
          'forbidden',
          `“${theirs.words.trim().slice(0, 80)}” does not lie inside your party’s brackets: only the mediator settles it`,
        );
      }
    }
    const ids = new Set(chosen.map((suggestion) => suggestion.id));
    const emptied: Y.XmlText[] = [];
    forEachFieldText(clauseTextFields(record), (_field, _path, text) => {
      if (settleInText(text, ids, accepting) && text.length === 0) emptied.push(text);
    });
    removeEmptiedParagraphs(emptied);
    afterWordingChange(roots, clauseId, ctx.actor.name, recorder);
    return {
      ok: true,
      settled: chosen.length,
      auditDetail: {
        // The words as the record keeps them: a pasted page is told by its beginning.
        suggestions: chosen.map(({ id, kind, by, party, words }) => ({
          id,
          kind,
          by,
          party,
          words: words.length > 500 ? `${words.slice(0, 499)}…` : words,
        })),
        authors: [...new Set(chosen.map((suggestion) => suggestion.by))],
      },
    };
  });
}

/** The pending suggestions a command names; an id that names none is refused. */
function choose(pending: readonly PendingSuggestion[], command: SuggestionCommand): PendingSuggestion[] {
  if (command.suggestionIds !== undefined) {
    const wanted = new Set(command.suggestionIds);
    for (const id of wanted) {
      if (!pending.some((suggestion) => suggestion.id === id)) {
        throw new Refusal('notFound', `suggestionIds: no pending suggestion ${id} in this clause`);
      }
    }
    return pending.filter(
      (suggestion) =>
        wanted.has(suggestion.id) && (command.partyId === undefined || suggestion.party === command.partyId),
    );
  }
  if (command.partyId !== undefined) return pending.filter((suggestion) => suggestion.party === command.partyId);
  return [...pending];
}

/**
 * Settles the chosen suggestions in one text node. Offsets come from one delta read before any
 * change; the changes are made from the end backwards, so a removal never moves what is still to do.
 */
function settleInText(text: Y.XmlText, ids: ReadonlySet<string>, accepting: boolean): boolean {
  const changes: { at: number; length: number; remove: boolean; lift: string[] }[] = [];
  let offset = 0;
  for (const op of text.toDelta() as DeltaOp[]) {
    const length = typeof op.insert === 'string' ? op.insert.length : 1;
    const lift: string[] = [];
    let remove = false;
    for (const mark of [INSERTION_MARK, DELETION_MARK]) {
      const suggestion = suggestionOf(op.attributes?.[mark]);
      if (suggestion === null || !ids.has(suggestion.id)) continue;
      // Accepting a deletion or rejecting an insertion removes the words; the other two keep them.
      if ((mark === DELETION_MARK) === accepting) remove = true;
      else lift.push(mark);
    }
    if (remove || lift.length > 0) changes.push({ at: offset, length, remove, lift });
    offset += length;
  }
  for (const change of changes.reverse()) {
    if (change.remove) text.delete(change.at, change.length);
    else text.format(change.at, change.length, Object.fromEntries(change.lift.map((mark) => [mark, null])));
  }
  return changes.some((change) => change.remove);
}

/**
 * A paragraph a suggestion added (its words all inserted) goes with them when they are rejected, or
 * when an accepted deletion took all its words; a field keeps at least one paragraph.
 */
function removeEmptiedParagraphs(emptied: readonly Y.XmlText[]): void {
  for (const text of emptied) {
    const paragraph = text.parent;
    const field = paragraph instanceof Y.XmlElement ? paragraph.parent : null;
    if (!(paragraph instanceof Y.XmlElement) || !(field instanceof Y.XmlFragment) || field.length < 2) continue;
    if (paragraph.length !== 1) continue;
    const index = field.toArray().indexOf(paragraph);
    if (index >= 0) field.delete(index, 1);
  }
}
