import type { ParticipantId, SessionId } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import type { DocumentStore } from './DocumentStore.ts';

type Closable = DocumentStore & { close(): void | Promise<void> };

/**
 * A document store as the contract opens it, empty: it and a way to open the same data again (an
 * engine on the network opens asynchronously).
 */
export type OpenDocumentStore = () => Promise<{
  store: Closable;
  reopen: () => Promise<Closable>;
  /** Makes the session a saved revision belongs to, where the engine keeps sessions beside documents. */
  withSession?: (id: SessionId) => Promise<void>;
}>;

/** The clause history row both engines' upgrade tests write with the schema from before co-authors. */
export const HISTORY_ROW_BEFORE_CO_AUTHORS_SQL = `INSERT INTO clause_history (doc, clause_id, at, until, participant_id, kind, text_before, text_after)
       VALUES ('s1', 'c1', 10, 20, 'u1', 'edit', '', 'Old words')`;

/**
 * After an upgrade: the row written before co-authors existed (`HISTORY_ROW_BEFORE_CO_AUTHORS_SQL`)
 * reads as one author's, and grows into a joint entry like any other.
 */
export async function expectHistoryRowUpgradedToCoAuthors(store: DocumentStore): Promise<void> {
  expect(await store.lastClauseHistory('s1', 'c1')).toEqual({
    docName: 's1',
    clauseId: 'c1',
    at: 10,
    until: 20,
    participantId: 'u1',
    coAuthors: [],
    kind: 'edit',
    textBefore: '',
    textAfter: 'Old words',
  });
  await store.appendUpdates(
    [],
    [
      {
        docName: 's1',
        clauseId: 'c1',
        at: 10,
        until: 30,
        participantId: 'u1',
        coAuthors: ['u2'],
        kind: 'edit',
        textBefore: '',
        textAfter: 'Old words, new',
      },
    ],
  );
  expect((await store.lastClauseHistory('s1', 'c1'))?.coAuthors).toEqual(['u2']);
}

/**
 * What every document store must do, run against each implementation (SqliteStorage.test.ts,
 * tests/src/storage/postgresStorage.test.ts).
 */
export function documentStoreContract(name: string, open: OpenDocumentStore) {
  describe(`${name} document store contract`, () => {
    it('keeps a document across a reopen', async () => {
      const { store, reopen } = await open();
      await store.appendUpdate('s1', Uint8Array.from([0, 0]));
      await store.close();
      const again = await reopen();
      expect((await again.loadDocument('s1')).updates).toEqual([Uint8Array.from([0, 0])]);
      await again.close();
    });

    it('appends updates in order and returns increasing sequence numbers', async () => {
      const { store } = await open();
      const first = await store.appendUpdate('doc', Uint8Array.from([1]));
      const second = await store.appendUpdate('doc', Uint8Array.from([2]));
      await store.appendUpdate('other', Uint8Array.from([9]));
      expect(second).toBeGreaterThan(first);
      const loaded = await store.loadDocument('doc');
      expect(loaded.updates).toEqual([Uint8Array.from([1]), Uint8Array.from([2])]);
      expect(loaded.lastSeq).toBe(second);
      expect(await store.countUpdates('doc')).toBe(2);
      await store.close();
    });

    it('appends a batch in one go, in order, across documents', async () => {
      const { store } = await open();
      const seqs = await store.appendUpdates([
        { docName: 'a', update: Uint8Array.from([1]) },
        { docName: 'b', update: Uint8Array.from([2]) },
        { docName: 'a', update: Uint8Array.from([3]) },
      ]);
      expect(seqs).toHaveLength(3);
      expect([...seqs].sort((x, y) => x - y)).toEqual(seqs);
      expect((await store.loadDocument('a')).updates).toEqual([Uint8Array.from([1]), Uint8Array.from([3])]);
      expect((await store.loadDocument('a')).lastSeq).toBe(seqs[2]);
      await store.close();
    });

    it('compaction replaces the log up to a sequence number and keeps later rows', async () => {
      const { store } = await open();
      await store.appendUpdate('doc', Uint8Array.from([1]));
      const upTo = await store.appendUpdate('doc', Uint8Array.from([2]));
      await store.compact('doc', Uint8Array.from([7, 7]), upTo);
      const later = await store.appendUpdate('doc', Uint8Array.from([3]));
      const loaded = await store.loadDocument('doc');
      expect(loaded.state).toEqual(Uint8Array.from([7, 7]));
      expect(loaded.updates).toEqual([Uint8Array.from([3])]);
      expect(loaded.lastSeq).toBe(later);
      await store.close();
    });

    it('an unknown document loads empty', async () => {
      const { store } = await open();
      expect(await store.loadDocument('nothing')).toEqual({ state: null, updates: [], lastSeq: 0 });
      await store.close();
    });

    it('saves named versions with their state', async () => {
      const { store, withSession } = await open();
      const sessionId = 's1' as SessionId;
      await withSession?.(sessionId);
      const version = {
        id: 'v1',
        sessionId,
        label: 'Rev.1',
        createdAt: 3,
        createdBy: 'u1' as ParticipantId,
      };
      await store.saveVersion(version, Uint8Array.from([5, 5]));
      expect(await store.listVersions(sessionId)).toEqual([version]);
      expect(await store.loadVersion(sessionId, 'v1')).toEqual({ version, state: Uint8Array.from([5, 5]) });
      expect(await store.loadVersion(sessionId, 'nope')).toBeNull();
      await store.close();
    });

    it('stores a turn’s client bindings in the same transaction as its updates, the first binding staying', async () => {
      const { store } = await open();
      await store.bindClient('doc', 7, 'u1');
      await store.appendUpdates(
        [{ docName: 'doc', update: Uint8Array.from([1]) }],
        [],
        [
          { docName: 'doc', client: 7, owner: 'u2' },
          { docName: 'doc', client: 8, owner: 'server' },
        ],
      );
      expect(await store.loadClientBindings('doc')).toEqual(
        new Map([
          [7, 'u1'],
          [8, 'server'],
        ]),
      );
      expect((await store.loadDocument('doc')).updates).toHaveLength(1);
      await store.close();
    });

    it('binds a client id once per document', async () => {
      const { store, reopen } = await open();
      await store.bindClient('doc', 42, 'u1');
      await store.bindClient('doc', 42, 'u2');
      await store.bindClient('other', 42, 'u3');
      await store.close();
      const again = await reopen();
      expect(await again.loadClientBindings('doc')).toEqual(new Map([[42, 'u1']]));
      expect(await again.loadClientBindings('other')).toEqual(new Map([[42, 'u3']]));
      await again.close();
    });

    it('keeps clause history rows with the updates of their turn, one row per key, read by clause and by time', async () => {
      const { store, reopen } = await open();
      const row = (clauseId: string, at: number, until: number, textAfter: string, coAuthors: string[] = []) => ({
        docName: 'doc',
        clauseId,
        at,
        until,
        participantId: 'u1',
        coAuthors,
        kind: 'edit' as const,
        textBefore: '',
        textAfter,
      });
      await store.appendUpdates(
        [{ docName: 'doc', update: Uint8Array.from([1]) }],
        [row('c1', 10, 10, 'a'), row('c2', 15, 15, 'x')],
      );
      // The same key again: the session of typing grew.
      await store.appendUpdates([{ docName: 'doc', update: Uint8Array.from([2]) }], [row('c1', 10, 30, 'a b')]);
      await store.appendUpdates([], [row('c1', 100, 110, 'a b c')]);
      // People typing together: the entry became joint, and stays so as it grows.
      await store.appendUpdates([], [row('c1', 100, 120, 'a b c', ['u2', 'u3'])]);
      await store.close();
      const again = await reopen();
      expect((await again.loadDocument('doc')).updates).toHaveLength(2);
      expect(
        (await again.listClauseHistory('doc', 'c1', Number.MAX_SAFE_INTEGER, 10)).map((r) => [
          r.at,
          r.until,
          r.textAfter,
        ]),
      ).toEqual([
        [100, 120, 'a b c'],
        [10, 30, 'a b'],
      ]);
      expect((await again.listClauseHistory('doc', 'c1', Number.MAX_SAFE_INTEGER, 10)).map((r) => r.coAuthors)).toEqual(
        [['u2', 'u3'], []],
      );
      expect((await again.listClauseHistory('doc', 'c1', 100, 10)).map((r) => r.at)).toEqual([10]);
      expect(await again.lastClauseHistory('doc', 'c1')).toMatchObject({
        at: 100,
        participantId: 'u1',
        coAuthors: ['u2', 'u3'],
      });
      expect(await again.lastClauseHistory('doc', 'c3')).toBeNull();
      // The newest entry of every clause: what a room's recorder starts from.
      const newest = await again.newestClauseHistory('doc');
      expect(newest.map((r) => [r.clauseId, r.at, r.textAfter, r.coAuthors]).sort()).toEqual([
        ['c1', 100, 'a b c', ['u2', 'u3']],
        ['c2', 15, 'x', []],
      ]);
      expect(await again.newestClauseHistory('nothing')).toEqual([]);
      expect((await again.clauseHistoryAt('doc', 'c1', 50))?.textAfter).toBe('a b');
      expect((await again.clauseHistoryAt('doc', 'c1', 100))?.coAuthors).toEqual(['u2', 'u3']);
      expect(await again.clauseHistoryAt('doc', 'c1', 5)).toBeNull();
      expect((await again.clauseHistorySince('doc', 20)).map((r) => [r.clauseId, r.at, r.coAuthors])).toEqual([
        ['c1', 10, []],
        ['c1', 100, ['u2', 'u3']],
      ]);
      await again.close();
    });
  });
}
