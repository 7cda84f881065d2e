import type { ChangedClause, ClauseId } from '@parley/shared';
import { wordDiff } from '@parley/shared';
import type { ClauseHistoryRow } from '../storage/DocumentStore.ts';
import type { SessionRecord } from '../storage/SessionStore.ts';
import type { HistoryAuthor, HistoryStorage } from './HistoryReader.ts';
import { historyAuthors } from './HistoryReader.ts';

/**
 * Every clause whose wording changed since `since`, in the text's order (removed ones last): the
 * word diff from its wording then to now, and who changed it. Reads only the history rows that
 * ended after `since` (an index on their end), so the cost follows what changed. The history holds
 * the text in the language of negotiation (`language`), whose words the diff splits.
 */
export async function changesSince(
  storage: HistoryStorage,
  session: SessionRecord,
  since: number,
  numbers: ReadonlyMap<ClauseId, string>,
  language: string,
): Promise<ChangedClause[]> {
  const byClause = new Map<string, ClauseHistoryRow[]>();
  for (const row of await storage.clauseHistorySince(session.id, since)) {
    const rows = byClause.get(row.clauseId) ?? [];
    rows.push(row);
    byClause.set(row.clauseId, rows);
  }
  const names = await historyAuthors(storage, session);
  const changed: ChangedClause[] = [];
  for (const [clauseId, rows] of byClause) {
    const first = rows[0];
    const last = rows.at(-1);
    if (first === undefined || last === undefined) continue;
    // A session of typing that spans `since` counts whole: its start is the nearest reading before.
    const then =
      first.kind === 'baseline' ? first.textAfter : first.kind === 'removed' ? first.textBefore : first.textBefore;
    const existedThen = first.kind === 'baseline' || first.textBefore !== '' || first.at <= since;
    const now = last.kind === 'removed' ? '' : last.textAfter;
    const change = last.kind === 'removed' ? 'removed' : existedThen ? 'changed' : 'added';
    if (change === 'changed' && then === now) continue;
    if (change === 'removed' && !existedThen) continue;
    const authors = new Map<string, HistoryAuthor>();
    for (const row of rows) {
      if (row.kind === 'baseline') continue;
      const author = names.authorOf(row);
      authors.set(author.participantId ?? 'server', author);
      // Everyone who typed a joint entry changed the clause.
      for (const coAuthor of names.coAuthorsOf(row)) authors.set(coAuthor.participantId, coAuthor);
    }
    changed.push({
      clauseId,
      number: numbers.get(clauseId as ClauseId) ?? '',
      change,
      authors: [...authors.values()],
      diff: wordDiff(then, now, language),
      lastAt: last.until,
    });
  }
  const order = [...numbers.keys()];
  const position = (id: string) => {
    const index = order.indexOf(id as ClauseId);
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  return changed.sort((a, b) => position(a.clauseId) - position(b.clauseId));
}
