import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SessionId } from '@parley/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../log.ts';
import type { StoredDocument } from '../storage/DocumentStore.ts';
import { SqliteStorage } from '../storage/SqliteStorage.ts';
import type { DocumentPolicy } from './DocumentPolicy.ts';
import { RoomRegistry } from './RoomRegistry.ts';

/** SQLite that takes a while to answer a document load (as a database across a network would). */
class SlowLoads extends SqliteStorage {
  loads = 0;
  override async loadDocument(docName: string): Promise<StoredDocument> {
    this.loads++;
    await new Promise((resolve) => setTimeout(resolve, 30));
    return super.loadDocument(docName);
  }
}

/** No rules: these tests are about loading and storing, not about who may write. */
const openPolicy: DocumentPolicy = {
  mayOpen: () => true,
  writeContext: () => {
    throw new Error('no client writes in these tests');
  },
  afterClientUpdate: () => undefined,
  record: () => undefined,
};

const opened: { registry: RoomRegistry; storage: SqliteStorage }[] = [];

function registryOver(storage: SqliteStorage, idleUnloadMs = 60_000): RoomRegistry {
  const registry = new RoomRegistry({
    storage,
    log: createLogger('error'),
    idleUnloadMs,
    compactAfterUpdates: 1_000,
    maxDocumentBytes: 1_000_000,
    policy: () => openPolicy,
  });
  opened.push({ registry, storage });
  return registry;
}

afterEach(async () => {
  for (const { registry, storage } of opened.splice(0)) {
    await registry.closeAll();
    storage.close();
  }
});

const SESSION = 'sloadonce' as SessionId;
const PLENARY = { kind: 'plenary', sessionId: SESSION } as const;

describe('RoomRegistry over asynchronous storage', () => {
  it('loads a document once when several callers arrive while it loads', async () => {
    const storage = new SlowLoads(fs.mkdtempSync(path.join(os.tmpdir(), 'parley-registry-')));
    const registry = registryOver(storage);
    const rooms = await Promise.all([
      registry.acquire(SESSION, PLENARY),
      registry.acquire(SESSION, PLENARY),
      registry.readPlenary(SESSION, (doc) => doc),
    ]);
    expect(storage.loads).toBe(1);
    expect(rooms[1]).toBe(rooms[0]);
    expect(rooms[2]).toBe(rooms[0].doc);
    expect(registry.size).toBe(1);
  });

  it('a breakout room loads its plenary first and keeps it in memory (the policy reads it synchronously)', async () => {
    const storage = new SlowLoads(fs.mkdtempSync(path.join(os.tmpdir(), 'parley-registry-')));
    const registry = registryOver(storage);
    await registry.acquire(`${SESSION}/group/b1`, { kind: 'group', sessionId: SESSION, breakoutId: 'b1' });
    expect(registry.isLoaded(SESSION)).toBe(true);
  });

  it('keeps the plenary while a breakout room is loaded, and lets it go once that room is unloaded', async () => {
    const storage = new SlowLoads(fs.mkdtempSync(path.join(os.tmpdir(), 'parley-registry-')));
    const registry = registryOver(storage, 20);
    const groupName = `${SESSION}/group/b1`;
    const group = await registry.acquire(groupName, { kind: 'group', sessionId: SESSION, breakoutId: 'b1' });
    const plenary = registry.get(SESSION);
    expect(plenary).toBeDefined();
    if (plenary) registry.released(plenary);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(registry.isLoaded(SESSION)).toBe(true);
    registry.released(group);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(registry.isLoaded(groupName)).toBe(false);
    expect(registry.isLoaded(SESSION)).toBe(false);
  });

  it('answers a server change only once it is stored', async () => {
    const storage = new SlowLoads(fs.mkdtempSync(path.join(os.tmpdir(), 'parley-registry-')));
    const registry = registryOver(storage);
    await registry.changePlenary(SESSION, (roots) => roots.meta.set('title', 'Talks'));
    expect(await storage.countUpdates(SESSION)).toBeGreaterThan(0);
  });
});
