import type { ClauseId, DocRef, PlenaryRoots, SessionId, WriteContext } from '@parley/shared';
import { CloseCodes, plenaryRoots, plenaryWriteContext } from '@parley/shared';
import type * as Y from 'yjs';
import type { Logger } from '../log.ts';
import { errorMessage } from '../log.ts';
import { afterWordingChange } from '../moderation/clauseUpkeep.ts';
import type { NewAuditEntry, Storage } from '../storage/Storage.ts';
import { PersistQueue } from './PersistQueue.ts';
import { Room, SERVER_ORIGIN } from './Room.ts';
import type { RoomConnection } from './RoomConnection.ts';

interface RegistryOptions {
  readonly storage: Storage;
  readonly log: Logger;
  readonly idleUnloadMs: number;
  readonly compactAfterUpdates: number;
  readonly maxDocumentBytes: number;
}

/**
 * The documents in memory. A room is loaded on first use and, once nobody has been connected for
 * `idleUnloadMs`, compacted and unloaded; each room has its own idle timer and compaction schedule.
 */
export class RoomRegistry {
  private readonly rooms = new Map<string, Room>();
  private readonly idleTimers = new Map<string, NodeJS.Timeout>();
  private readonly compactionQueue = new Set<Room>();
  private compactionScheduled = false;
  private closed = false;
  private readonly persist: PersistQueue;

  constructor(private readonly options: RegistryOptions) {
    this.persist = new PersistQueue(options.storage, options.log);
  }

  get size(): number {
    return this.rooms.size;
  }

  /** The room of a document, loading it synchronously from storage if it is not in memory. */
  acquire(name: string, ref: DocRef): Room {
    this.cancelIdleTimer(name);
    const existing = this.rooms.get(name);
    if (existing) return existing;
    const started = performance.now();
    const room = Room.load({
      name,
      ref,
      storage: this.options.storage,
      log: this.options.log,
      compactAfterUpdates: this.options.compactAfterUpdates,
      onCompactionDue: (due) => this.scheduleCompaction(due),
      persist: this.persist,
      maxDocumentBytes: this.options.maxDocumentBytes,
      writeContext: (of) => this.writeContextFor(of),
      afterClientUpdate: (of, connection, clauseTexts) => this.clearLapsedSignOffs(of, connection, clauseTexts),
    });
    this.rooms.set(name, room);
    this.options.log.debug('room.loaded', { doc: name, ms: Math.round(performance.now() - started) });
    return room;
  }

  /** Rights in every room of a session follow the plenary's state (locks, mutes, freeze). */
  private writeContextFor(room: Room): WriteContext {
    if (room.ref.kind === 'plenary') return plenaryWriteContext(room.doc);
    const plenary = this.acquire(room.ref.sessionId, { kind: 'plenary', sessionId: room.ref.sessionId });
    this.released(plenary);
    return plenaryWriteContext(plenary.doc);
  }

  /**
   * A change the server makes to a session's plenary (commands): one transaction, stored and sent
   * to every client like any other update. `change` may throw to refuse before writing anything.
   */
  changePlenary<T>(sessionId: SessionId, change: (roots: PlenaryRoots) => T): T {
    const room = this.acquire(sessionId, { kind: 'plenary', sessionId });
    try {
      let result: T | undefined;
      room.doc.transact(() => {
        result = change(plenaryRoots(room.doc));
      }, SERVER_ORIGIN);
      // A command is answered only once its change is on disk (and sent to everyone).
      this.persist.flush();
      return result as T;
    } finally {
      this.released(room);
    }
  }

  /**
   * After a participant's edit to clauses' words: the one rule of what follows (sign-offs lapse,
   * recorded with the text each party signed; the status follows the content), as a server change.
   */
  private clearLapsedSignOffs(room: Room, connection: RoomConnection, clauseTexts: readonly string[]): void {
    if (room.ref.kind !== 'plenary') return;
    const roots = plenaryRoots(room.doc);
    const recorder = {
      sessionId: room.ref.sessionId,
      appendAudit: (entry: NewAuditEntry) => void this.options.storage.appendAudit(entry),
      now: Date.now(),
    };
    room.doc.transact(() => {
      for (const id of clauseTexts) afterWordingChange(roots, id as ClauseId, connection.participant.name, recorder);
    }, SERVER_ORIGIN);
  }

  /** Reads a session's plenary (loading it if needed) without changing it. */
  readPlenary<T>(sessionId: SessionId, read: (doc: Y.Doc) => T): T {
    const room = this.acquire(sessionId, { kind: 'plenary', sessionId });
    try {
      return read(room.doc);
    } finally {
      this.released(room);
    }
  }

  /** Every room in memory (to find a participant's connections). */
  loadedRooms(): IterableIterator<Room> {
    return this.rooms.values();
  }

  /** Whether a document is in memory (for tests and metrics). */
  isLoaded(name: string): boolean {
    return this.rooms.has(name);
  }

  get(name: string): Room | undefined {
    return this.rooms.get(name);
  }

  /** Called when a connection left: start the idle countdown if the room is empty. */
  released(room: Room): void {
    if (this.closed || room.connectionCount > 0 || this.idleTimers.has(room.name)) return;
    const timer = setTimeout(() => this.unload(room), this.options.idleUnloadMs);
    timer.unref();
    this.idleTimers.set(room.name, timer);
  }

  private unload(room: Room): void {
    this.idleTimers.delete(room.name);
    this.persist.flush();
    if (room.connectionCount > 0 || this.rooms.get(room.name) !== room) return;
    if (!this.compactRoom(room)) {
      // Keep the document in memory: it is the only complete copy until storage works again.
      this.released(room);
      return;
    }
    this.rooms.delete(room.name);
    this.compactionQueue.delete(room);
    room.destroy();
    this.options.log.debug('room.unloaded', { doc: room.name });
  }

  private scheduleCompaction(room: Room): void {
    this.compactionQueue.add(room);
    if (this.compactionScheduled) return;
    this.compactionScheduled = true;
    // Off the relay path: compaction runs after the current burst of messages has been handled.
    setTimeout(() => {
      this.compactionScheduled = false;
      if (this.closed) return;
      for (const due of this.compactionQueue) this.compactRoom(due);
      this.compactionQueue.clear();
    }, 50).unref();
  }

  private compactRoom(room: Room): boolean {
    try {
      const before = room.updatesSinceCompaction;
      room.compact();
      if (before > 0) this.options.log.debug('room.compacted', { doc: room.name, rows: before });
      return true;
    } catch (error) {
      this.options.log.error('storage.compact_failed', { doc: room.name, error: errorMessage(error) });
      return false;
    }
  }

  private cancelIdleTimer(name: string): void {
    const timer = this.idleTimers.get(name);
    if (timer) clearTimeout(timer);
    this.idleTimers.delete(name);
  }

  /** Shutdown: close every connection, compact every room, free memory. */
  closeAll(): void {
    this.persist.flush();
    this.closed = true;
    for (const timer of this.idleTimers.values()) clearTimeout(timer);
    this.idleTimers.clear();
    for (const room of this.rooms.values()) {
      room.closeAll(CloseCodes.ServerShuttingDown);
      this.compactRoom(room);
      room.destroy();
    }
    this.rooms.clear();
  }
}
