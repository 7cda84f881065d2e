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

/** A participant a history row names, in words (a co-author of a joint entry is always one). */
export interface HistoryParticipant extends HistoryAuthor {
  readonly participantId: string;
}

/** Names the people of history rows: its (first) author and a joint entry's co-authors. */
export interface HistoryNames {
  authorOf(row: ClauseHistoryRow): HistoryAuthor;
  coAuthorsOf(row: ClauseHistoryRow): HistoryParticipant[];
}

/** Names the authors of history rows (one read of the session's participants per request). */
export async function historyAuthors(storage: HistoryStorage, session: SessionRecord): Promise<HistoryNames> {
  const people = new Map<string, ParticipantRecord>(
    (await storage.listParticipants(session.id)).map((record) => [record.id, record]),
  );
  const participant = (participantId: string): HistoryParticipant => {
    const record = people.get(participantId as ParticipantId);
    return { participantId, name: record?.name ?? 'a former participant', partyId: record?.partyId ?? null };
  };
  return {
    authorOf: (row) =>
      row.participantId === null
        ? { participantId: null, name: SERVER_AUTHOR_NAME, partyId: null }
        : participant(row.participantId),
    coAuthorsOf: (row) => row.coAuthors.map(participant),
  };
}
