import type { ClauseAtAnswer, ClauseHistoryAnswer, ClauseHistoryEntry } from '@parley/shared';
import { wordDiff } from '@parley/shared';
import type { SessionRecord } from '../storage/SessionStore.ts';
import type { HistoryStorage } from './HistoryReader.ts';
import { historyAuthors } from './HistoryReader.ts';
import { trimContext } from './trimContext.ts';

/**
 * One page of a clause's history, newest first: who, when, and the word diff of each session of
 * typing. One indexed range read of the clause's own rows: the cost follows this clause's history,
 * not the session's. The history holds the text in the language of negotiation (`language`).
 */
export async function readClauseHistory(
  storage: HistoryStorage,
  session: SessionRecord,
  clauseId: string,
  page: { readonly before: number; readonly limit: number },
  language: string,
): Promise<ClauseHistoryAnswer> {
  const rows = await storage.listClauseHistory(session.id, clauseId, page.before, page.limit + 1);
  const shown = rows.slice(0, page.limit);
  const names = await historyAuthors(storage, session);
  const entries = shown.map((row): ClauseHistoryEntry => {
    const author = names.authorOf(row);
    return {
      at: row.at,
      until: row.until,
      participantId: author.participantId,
      name: author.name,
      partyId: author.partyId,
      ...(row.coAuthors.length > 0 ? { coAuthors: names.coAuthorsOf(row) } : {}),
      diff:
        row.kind === 'baseline'
          ? [{ value: row.textAfter }]
          : trimContext(wordDiff(row.textBefore, row.textAfter, language), undefined, language),
      ...(row.kind === 'baseline' ? { baseline: true } : {}),
      ...(row.kind === 'removed' ? { removed: true } : {}),
    };
  });
  const oldest = shown.at(-1);
  return { entries, next: rows.length > page.limit && oldest ? oldest.at : null };
}

/** The clause's wording at a time: the end of the newest history entry that began by then. */
export async function clauseAt(
  storage: HistoryStorage,
  session: SessionRecord,
  clauseId: string,
  time: number,
): Promise<ClauseAtAnswer> {
  const row = await storage.clauseHistoryAt(session.id, clauseId, time);
  if (row === null) return { clauseId, time, entryAt: null, text: null, existed: false };
  const removed = row.kind === 'removed';
  return { clauseId, time, entryAt: row.at, text: removed ? null : row.textAfter, existed: !removed };
}
