import type { RosterEntry } from '@parley/shared';
import { plenaryRoots, readModeration } from '@parley/shared';
import type * as Y from 'yjs';
import type { VerifiedParticipant } from '../auth/authenticate.ts';
import type { SessionRecord, SessionStore } from '../storage/SessionStore.ts';

/** What the roster needs from the sync layer: who is connected, and the plenary's mutes. */
export interface RosterSync {
  presence(sessionId: SessionRecord['id']): readonly { readonly participantId: string }[];
  readPlenary<T>(sessionId: SessionRecord['id'], read: (doc: Y.Doc) => T): Promise<T>;
}

/**
 * Every participant who ever joined the session, in the order they joined. Every participant of the
 * session may read it (names, seats, online, muted, removed are what the room shows anyway: the
 * speakers' list, sign-offs and mutes name people); mediators also get join and removal times.
 */
export async function readRoster(
  storage: SessionStore,
  sync: RosterSync,
  session: SessionRecord,
  viewer: VerifiedParticipant,
): Promise<RosterEntry[]> {
  const online = new Set(sync.presence(session.id).map((entry) => entry.participantId));
  const muted = new Set(await sync.readPlenary(session.id, (doc) => readModeration(plenaryRoots(doc)).mutes));
  const full = viewer.role === 'mediator';
  return (await storage.listParticipants(session.id)).map((record) => ({
    participantId: record.id,
    name: record.name,
    role: record.role,
    ...(record.partyId ? { partyId: record.partyId } : {}),
    online: record.removedAt === null && online.has(record.id),
    muted: muted.has(record.id),
    removed: record.removedAt !== null,
    ...(full ? { joinedAt: record.joinedAt, removedAt: record.removedAt } : {}),
  }));
}
