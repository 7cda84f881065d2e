import type { ClauseId, Command, PlenaryRoots } from '@parley/shared';
import { clauseNumbers, isSilenceRunning, readClausesInOrder, readSilence, silenceCovers } from '@parley/shared';
import { Refusal } from '../domain/Refusal.ts';
import { deadlineWords } from './closingCommands.ts';

/**
 * Commands that change a clause's words, status or place in the text: while silence covers the clause
 * they would change the text the parties are silently accepting, so they wait for the procedure to
 * end (a party that objects breaks silence instead). Comments, locks, alignments and sign-offs stay open.
 */
const CHANGES_CLAUSE: ReadonlySet<Command['type']> = new Set([
  'clause.setStatus',
  'clause.addOption',
  'clause.collapseOptions',
  'clause.restoreOptions',
  'clause.withdrawSignOff',
  'clause.agreeWithoutObjection',
  'clause.reopen',
  'clause.decideProposal',
  'clause.remove',
  'clause.move',
  'bracket.reassign',
  'suggestion.accept',
  'suggestion.reject',
  'draft.table',
]);

/** Commands that change the list of clauses: held back while the whole draft is under silence. */
const CHANGES_CLAUSE_LIST: ReadonlySet<Command['type']> = new Set([
  'clause.add',
  'clause.move',
  'clause.remove',
  'draft.table',
]);

/** Refuses (409) a command that would change text under silence, naming the clause and the deadline. */
export function refuseUnderSilence(roots: PlenaryRoots, command: Command): void {
  const silence = readSilence(roots);
  if (!isSilenceRunning(silence)) return;
  const clauseId = 'clauseId' in command && typeof command.clauseId === 'string' ? command.clauseId : null;
  const covered =
    (CHANGES_CLAUSE_LIST.has(command.type) && silenceCovers(silence, null)) ||
    (CHANGES_CLAUSE.has(command.type) && clauseId !== null && silenceCovers(silence, clauseId));
  if (!covered) return;
  const number = clauseId === null ? undefined : clauseNumbers(readClausesInOrder(roots)).get(clauseId as ClauseId);
  const what = silence.clauseIds === null || number === undefined ? 'the text' : `clause ${number}`;
  throw new Refusal(
    'conflict',
    `${what.charAt(0).toUpperCase()}${what.slice(1)} is under silence ${deadlineWords(silence.until)}: it cannot change until silence is broken or the deadline passes.`,
  );
}
