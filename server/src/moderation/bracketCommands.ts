import type { Bracket, ClauseId, Command, PlenaryRoots } from '@parley/shared';
import {
  BRACKET_MARK,
  CLAUSE_STATUS_NAMES,
  clauseRecord,
  holderName,
  IMPORTED_BRACKET_NOTE,
  isWordingFrozen,
  normalBracket,
  readClause,
} from '@parley/shared';
import * as Y from 'yjs';
import { Refusal } from '../domain/Refusal.ts';
import type { CommandContext, CommandResult } from './CommandContext.ts';
import { settleStatus } from './clauseUpkeep.ts';

type BracketCommand = Extract<Command, { type: `bracket.${string}` }>;

interface DeltaOp {
  readonly insert: unknown;
  readonly attributes?: Record<string, unknown>;
}

/**
 * Re-marks, in one text, every run bracketed by `from` with `next(bracket)`; the words and every other
 * mark stay. Answers the words re-marked. Offsets are taken from one delta read before any change:
 * formatting never moves characters.
 */
function reassignInText(text: Y.Text, from: string, next: (bracket: Bracket) => Bracket): string[] {
  const changes: { at: number; length: number; bracket: Bracket; words: string }[] = [];
  let offset = 0;
  for (const op of text.toDelta() as DeltaOp[]) {
    const length = typeof op.insert === 'string' ? op.insert.length : 1;
    const bracket = normalBracket(op.attributes?.[BRACKET_MARK]);
    if (bracket && bracket.holder === from) {
      const words = typeof op.insert === 'string' ? op.insert : '';
      changes.push({ at: offset, length, bracket: next(bracket), words });
    }
    offset += length;
  }
  for (const change of changes) text.format(change.at, change.length, { [BRACKET_MARK]: { ...change.bracket } });
  // Runs that touch (split only by another mark, e.g. bold) are one bracket's words.
  const words: string[] = [];
  changes.forEach((change, i) => {
    const previous = changes[i - 1];
    if (previous && previous.at + previous.length === change.at) words[words.length - 1] += change.words;
    else words.push(change.words);
  });
  return words;
}

function reassignInFragment(node: Y.XmlFragment | Y.XmlElement, from: string, next: (b: Bracket) => Bracket): string[] {
  return node
    .toArray()
    .flatMap((child) =>
      child instanceof Y.XmlText
        ? reassignInText(child, from, next)
        : child instanceof Y.XmlElement
          ? reassignInFragment(child, from, next)
          : [],
    );
}

/**
 * `bracket.reassign`: the mediator gives a clause's brackets held by one holder (a party, or the
 * mediator for a zero draft's) to a party of the session. The words stay; the reason stays; the note
 * is the one given, or none (an import's "to be reassigned" note has done its work).
 */
export async function runBracketCommand(ctx: CommandContext, command: BracketCommand): Promise<CommandResult> {
  const { clauseId, from, to } = command;
  const party = ctx.session.parties.find((candidate) => candidate.id === to);
  if (!party) throw new Refusal('notFound', 'to: no such party in this session');
  if (from === to) throw new Refusal('invalid', `to: the brackets are already held by ${party.name}`);
  const given = command.note === undefined ? undefined : command.note === '' ? null : command.note;
  const next = (bracket: Bracket): Bracket => ({
    holder: to,
    reason: bracket.reason,
    note: given !== undefined ? given : bracket.note === IMPORTED_BRACKET_NOTE ? null : (bracket.note ?? null),
  });
  return ctx.documents.changePlenary(ctx.session.id, (roots: PlenaryRoots): CommandResult => {
    const record = clauseRecord(roots, clauseId as ClauseId);
    if (!record) throw new Refusal('notFound', 'clauseId: no such clause');
    const clause = readClause(record);
    if (!clause) throw new Refusal('conflict', 'the clause record is damaged');
    if (isWordingFrozen(clause.status)) {
      throw new Refusal(
        'conflict',
        `the clause is ${CLAUSE_STATUS_NAMES[clause.status].toLowerCase()}: its brackets can no longer change hands`,
      );
    }
    const words = [
      ...reassignInText(clause.heading, from, next),
      ...reassignInFragment(clause.body, from, next),
      ...clause.options.flatMap((option) => reassignInFragment(option.body, from, next)),
    ];
    if (words.length === 0) {
      throw new Refusal('conflict', `the clause has no bracket held by ${holderName(from, ctx.session.parties)}`);
    }
    // Status follows content (ClauseLife): the clause is still bracketed, but settle it like every command.
    settleStatus(roots, clauseId as ClauseId);
    return { ok: true, auditDetail: { words: words.map((run) => run.trim()).join(' … '), brackets: words.length } };
  });
}
