import type { ParticipantId } from '@parley/shared';
import { SERVER_AUTHOR_NAME } from '@parley/shared';
import type { ClauseHistoryRow, DocumentStore } from '../storage/DocumentStore.ts';
import type { ParticipantRecord, SessionRecord, SessionStore } from '../storage/SessionStore.ts';

/** What reading a clause's history needs of storage: its rows and the session's people. */
export type HistoryStorage = Pick<
  DocumentStore,
  'listClauseHistory' | 'clauseHistoryAt' | 'clauseHistorySince' | 'lastClauseHistory'
> &
  Pick<SessionStore, 'listParticipants'>;

/** Who a history row names, in words: a participant (removed ones keep their steps) or the server. */
export interface HistoryAuthor {
  readonly participantId: string | null;
  readonly name: string;
  readonly partyId: string | null;
}

/** Names the authors of history rows (one read of the session's participants per request). */
export async function historyAuthors(
  storage: HistoryStorage,
  session: SessionRecord,
): Promise<(row: ClauseHistoryRow) => HistoryAuthor> {
  const people = new Map<string, ParticipantRecord>(
    (await storage.listParticipants(session.id)).map((record) => [record.id, record]),
  );
  return (row) => {
    if (row.participantId === null) return { participantId: null, name: SERVER_AUTHOR_NAME, partyId: null };
    const record = people.get(row.participantId as ParticipantId);
    return {
      participantId: row.participantId,
      name: record?.name ?? 'a former participant',
      partyId: record?.partyId ?? null,
    };
  };
}
