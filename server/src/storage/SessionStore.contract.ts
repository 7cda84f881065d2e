import type { ParticipantId, PartyId, SessionId } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import type { SessionStore } from './SessionStore.ts';

type Closable = SessionStore & { close(): void | Promise<void> };

/**
 * A session store as the contract opens it, empty: it and a way to open the same data again (an
 * engine on the network opens asynchronously).
 */
export type OpenSessionStore = () => Promise<{ storage: Closable; reopen: () => Promise<Closable> }>;

/**
 * What every session store must do, run against each implementation (SqliteStorage.test.ts,
 * tests/src/storage/postgresStorage.test.ts).
 */
export function sessionStoreContract(name: string, open: OpenSessionStore) {
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

  describe(`${name} session store contract`, () => {
    it('keeps sessions and invites across a reopen', async () => {
      const { storage, reopen } = await open();
      await storage.createSession(session, [invite]);
      await storage.close();
      const again = await reopen();
      expect(await again.getSession(session.id)).toEqual(session);
      expect(await again.getInvite('i1')).toEqual(invite);
      await again.close();
    });

    it('revokes invites and removes participants once, keeping the first time', async () => {
      const { storage } = await open();
      await storage.createSession(session, [invite]);
      await storage.revokeInvite('i1', 5);
      await storage.revokeInvite('i1', 9);
      expect((await storage.getInvite('i1'))?.revokedAt).toBe(5);
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
      await storage.addParticipant(participant);
      expect(await storage.listParticipants(session.id)).toEqual([participant]);
      await storage.removeParticipant(participant.id, 6);
      await storage.removeParticipant(participant.id, 8);
      expect((await storage.getParticipant(participant.id))?.removedAt).toBe(6);
      await storage.close();
    });

    it('keeps an append-only audit log, newest first, paged', async () => {
      const { storage } = await open();
      await storage.createSession(session, []);
      for (let i = 0; i < 5; i++) {
        await storage.appendAudit({
          sessionId: session.id,
          at: i,
          participantId: null,
          role: 'server',
          action: `a${i}`,
          detail: { i },
          outcome: 'ok',
        });
      }
      const page = await storage.listAudit(session.id, 2);
      expect(page.map((e) => e.action)).toEqual(['a4', 'a3']);
      const next = await storage.listAudit(session.id, 10, page[1]?.id);
      expect(next.map((e) => e.action)).toEqual(['a2', 'a1', 'a0']);
      expect(next[0]?.detail).toEqual({ i: 2 });
      // Live updates read forward from the newest entry one has seen, oldest first.
      const after = await storage.listAuditAfter(session.id, next[1]?.id ?? 0, 2);
      expect(after.map((e) => e.action)).toEqual(['a2', 'a3']);
      expect(await storage.listAuditAfter(session.id, page[0]?.id ?? 0, 10)).toEqual([]);
      await storage.close();
    });

    it('keeps each participant’s notice read cursor, only ever moving forward', async () => {
      const { storage, reopen } = await open();
      await storage.createSession(session, []);
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
      await storage.addParticipant(participant);
      expect(await storage.noticesReadUpTo(participant.id)).toBe(0);
      expect(await storage.markNoticesRead(participant.id, 7)).toBe(7);
      expect(await storage.markNoticesRead(participant.id, 3)).toBe(7);
      await storage.close();
      const again = await reopen();
      expect(await again.noticesReadUpTo(participant.id)).toBe(7);
      await again.close();
    });

    it('keeps each participant’s last visit, only ever moving forward', async () => {
      const { storage, reopen } = await open();
      await storage.createSession(session, []);
      const participant = {
        id: 'uvisit' as ParticipantId,
        sessionId: session.id,
        inviteId: 'i1',
        role: 'delegate' as const,
        partyId: null,
        name: 'Visitor',
        joinedAt: 1,
        removedAt: null,
      };
      await storage.addParticipant(participant);
      expect(await storage.lastVisit(participant.id)).toBeNull();
      await storage.recordVisit(participant.id, 50);
      await storage.recordVisit(participant.id, 20);
      await storage.close();
      const again = await reopen();
      expect(await again.lastVisit(participant.id)).toBe(50);
      await again.close();
    });
  });
}
