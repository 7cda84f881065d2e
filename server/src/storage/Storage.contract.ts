import type { ParticipantId, PartyId, SessionId } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import type { Storage } from './Storage.ts';

/**
 * What every storage engine must do, run against each implementation (SqliteStorage.test.ts). A
 * future engine (e.g. PostgreSQL) passes these before it is used.
 */
export function storageContract(name: string, open: () => { storage: Storage; reopen: () => Storage }) {
  const session = {
    id: 's1' as SessionId,
    title: 'Talks',
    createdAt: 1,
    parties: [{ id: 'pa' as PartyId, name: 'A' }],
  };
  const invite = {
    id: 'i1',
    sessionId: session.id,
    role: 'delegate' as const,
    partyId: 'pa' as PartyId,
    createdAt: 1,
    revokedAt: null,
  };

  describe(`${name} storage contract`, () => {
    it('keeps sessions, invites and the initial document across a reopen', () => {
      const { storage, reopen } = open();
      storage.createSession(session, [invite], Uint8Array.from([0, 0]));
      storage.close();
      const again = reopen();
      expect(again.getSession(session.id)).toEqual(session);
      expect(again.getInvite('i1')).toEqual(invite);
      expect(again.loadDocument(session.id).updates).toEqual([Uint8Array.from([0, 0])]);
      again.close();
    });

    it('appends updates in order and returns increasing sequence numbers', () => {
      const { storage } = open();
      const first = storage.appendUpdate('doc', Uint8Array.from([1]));
      const second = storage.appendUpdate('doc', Uint8Array.from([2]));
      storage.appendUpdate('other', Uint8Array.from([9]));
      expect(second).toBeGreaterThan(first);
      const loaded = storage.loadDocument('doc');
      expect(loaded.updates).toEqual([Uint8Array.from([1]), Uint8Array.from([2])]);
      expect(loaded.lastSeq).toBe(second);
      expect(storage.countUpdates('doc')).toBe(2);
      storage.close();
    });

    it('appends a batch in one go, in order, across documents', () => {
      const { storage } = open();
      const seqs = storage.appendUpdates([
        { docName: 'a', update: Uint8Array.from([1]) },
        { docName: 'b', update: Uint8Array.from([2]) },
        { docName: 'a', update: Uint8Array.from([3]) },
      ]);
      expect(seqs).toHaveLength(3);
      expect([...seqs].sort((x, y) => x - y)).toEqual(seqs);
      expect(storage.loadDocument('a').updates).toEqual([Uint8Array.from([1]), Uint8Array.from([3])]);
      expect(storage.loadDocument('a').lastSeq).toBe(seqs[2]);
      storage.close();
    });

    it('compaction replaces the log up to a sequence number and keeps later rows', () => {
      const { storage } = open();
      storage.appendUpdate('doc', Uint8Array.from([1]));
      const upTo = storage.appendUpdate('doc', Uint8Array.from([2]));
      storage.compact('doc', Uint8Array.from([7, 7]), upTo);
      const later = storage.appendUpdate('doc', Uint8Array.from([3]));
      const loaded = storage.loadDocument('doc');
      expect(loaded.state).toEqual(Uint8Array.from([7, 7]));
      expect(loaded.updates).toEqual([Uint8Array.from([3])]);
      expect(loaded.lastSeq).toBe(later);
      storage.close();
    });

    it('an unknown document loads empty', () => {
      const { storage } = open();
      expect(storage.loadDocument('nothing')).toEqual({ state: null, updates: [], lastSeq: 0 });
      storage.close();
    });

    it('revokes invites and removes participants once, keeping the first time', () => {
      const { storage } = open();
      storage.createSession(session, [invite], Uint8Array.from([0, 0]));
      storage.revokeInvite('i1', 5);
      storage.revokeInvite('i1', 9);
      expect(storage.getInvite('i1')?.revokedAt).toBe(5);
      const participant = {
        id: 'u1' as ParticipantId,
        sessionId: session.id,
        inviteId: 'i1',
        role: 'delegate' as const,
        partyId: 'pa' as PartyId,
        name: 'Amina',
        joinedAt: 2,
        removedAt: null,
      };
      storage.addParticipant(participant);
      expect(storage.listParticipants(session.id)).toEqual([participant]);
      storage.removeParticipant(participant.id, 6);
      storage.removeParticipant(participant.id, 8);
      expect(storage.getParticipant(participant.id)?.removedAt).toBe(6);
      storage.close();
    });

    it('keeps an append-only audit log, newest first, paged', () => {
      const { storage } = open();
      storage.createSession(session, [], Uint8Array.from([0, 0]));
      for (let i = 0; i < 5; i++) {
        storage.appendAudit({
          sessionId: session.id,
          at: i,
          participantId: null,
          role: 'server',
          action: `a${i}`,
          detail: { i },
          outcome: 'ok',
        });
      }
      const page = storage.listAudit(session.id, 2);
      expect(page.map((e) => e.action)).toEqual(['a4', 'a3']);
      const next = storage.listAudit(session.id, 10, page[1]?.id);
      expect(next.map((e) => e.action)).toEqual(['a2', 'a1', 'a0']);
      expect(next[0]?.detail).toEqual({ i: 2 });
      // Live updates read forward from the newest entry one has seen, oldest first.
      const after = storage.listAuditAfter(session.id, next[1]?.id ?? 0, 2);
      expect(after.map((e) => e.action)).toEqual(['a2', 'a3']);
      expect(storage.listAuditAfter(session.id, page[0]?.id ?? 0, 10)).toEqual([]);
      storage.close();
    });

    it('keeps each participant’s notice read cursor, only ever moving forward', () => {
      const { storage, reopen } = open();
      storage.createSession(session, [], Uint8Array.from([0, 0]));
      const participant = {
        id: 'unotice' as ParticipantId,
        sessionId: session.id,
        inviteId: 'i1',
        role: 'delegate' as const,
        partyId: null,
        name: 'Reader',
        joinedAt: 1,
        removedAt: null,
      };
      storage.addParticipant(participant);
      expect(storage.noticesReadUpTo(participant.id)).toBe(0);
      expect(storage.markNoticesRead(participant.id, 7)).toBe(7);
      expect(storage.markNoticesRead(participant.id, 3)).toBe(7);
      storage.close();
      const again = reopen();
      expect(again.noticesReadUpTo(participant.id)).toBe(7);
      again.close();
    });

    it('saves named versions with their state', () => {
      const { storage } = open();
      storage.createSession(session, [], Uint8Array.from([0, 0]));
      const version = {
        id: 'v1',
        sessionId: session.id,
        label: 'Rev.1',
        createdAt: 3,
        createdBy: 'u1' as ParticipantId,
      };
      storage.saveVersion(version, Uint8Array.from([5, 5]));
      expect(storage.listVersions(session.id)).toEqual([version]);
      expect(storage.loadVersion(session.id, 'v1')).toEqual({ version, state: Uint8Array.from([5, 5]) });
      expect(storage.loadVersion(session.id, 'nope')).toBeNull();
      storage.close();
    });

    it('binds a client id once per document', () => {
      const { storage, reopen } = open();
      storage.bindClient('doc', 42, 'u1');
      storage.bindClient('doc', 42, 'u2');
      storage.bindClient('other', 42, 'u3');
      storage.close();
      const again = reopen();
      expect(again.loadClientBindings('doc')).toEqual(new Map([[42, 'u1']]));
      expect(again.loadClientBindings('other')).toEqual(new Map([[42, 'u3']]));
      again.close();
    });
  });
}
