import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import {
  documentStoreContract,
  expectHistoryRowUpgradedToCoAuthors,
  HISTORY_ROW_BEFORE_CO_AUTHORS_SQL,
} from './DocumentStore.contract.ts';
import { sessionStoreContract } from './SessionStore.contract.ts';
import { DATABASE_FILE, SCHEMA_STEPS, SqliteStorage } from './SqliteStorage.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function freshDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-storage-'));
  dirs.push(dir);
  return dir;
}

sessionStoreContract('SQLite', async () => {
  const dir = freshDir();
  return { storage: new SqliteStorage(dir), reopen: async () => new SqliteStorage(dir) };
});

documentStoreContract('SQLite', async () => {
  const dir = freshDir();
  const store = new SqliteStorage(dir);
  return {
    store,
    reopen: async () => new SqliteStorage(dir),
    // Saved revisions belong to a session (a foreign key in this engine).
    withSession: (id) => store.createSession({ id, title: 'Talks', createdAt: 1, parties: [] }, []),
  };
});

describe('SqliteStorage', () => {
  it('runs in WAL mode and records its schema version', () => {
    const dir = freshDir();
    new SqliteStorage(dir).close();
    const db = new Database(path.join(dir, DATABASE_FILE));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_STEPS.length);
    db.close();
  });

  it('upgrades a version-1 database step by step, keeping its data', async () => {
    const dir = freshDir();
    const db = new Database(path.join(dir, DATABASE_FILE));
    db.exec(SCHEMA_STEPS[0] ?? '');
    db.pragma('user_version = 1');
    db.prepare("INSERT INTO sessions (id, title, created_at, parties) VALUES ('s1', 'Old talks', 1, '[]')").run();
    db.close();
    const storage = new SqliteStorage(dir);
    expect((await storage.getSession('s1' as never))?.title).toBe('Old talks');
    expect(
      await storage.appendAudit({
        sessionId: 's1' as never,
        at: 2,
        participantId: null,
        role: 'server',
        action: 'x',
        detail: {},
        outcome: 'ok',
      }),
    ).toBe(1);
    storage.close();
  });

  it('upgrades a version-4 database: clause history written before co-authors existed reads as one author’s', async () => {
    const dir = freshDir();
    const db = new Database(path.join(dir, DATABASE_FILE));
    for (const step of SCHEMA_STEPS.slice(0, 4)) db.exec(step);
    db.pragma('user_version = 4');
    db.prepare(HISTORY_ROW_BEFORE_CO_AUTHORS_SQL).run();
    db.close();
    const storage = new SqliteStorage(dir);
    await expectHistoryRowUpgradedToCoAuthors(storage);
    storage.close();
  });

  it('refuses a database from a newer Parley instead of damaging it', () => {
    const dir = freshDir();
    const db = new Database(path.join(dir, DATABASE_FILE));
    db.pragma('user_version = 99');
    db.close();
    expect(() => new SqliteStorage(dir)).toThrow(/newer/);
  });
});
