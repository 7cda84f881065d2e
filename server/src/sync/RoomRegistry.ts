import type { DocRef, ParticipantId, PlenaryRoots, PresenceIdentity, SessionId } from '@parley/shared';
import { CloseCodes, docName, plenaryRoots } from '@parley/shared';
import type * as Y from 'yjs';
import type { VerifiedParticipant } from '../auth/authenticate.ts';
import type { Logger } from '../log.ts';
import { errorMessage } from '../log.ts';
import type { DocumentStore } from '../storage/DocumentStore.ts';
import type { DocumentPolicy, DocumentPolicyFactory } from './DocumentPolicy.ts';
import { PersistQueue } from './PersistQueue.ts';
import { Room, SERVER_ORIGIN } from './Room.ts';

interface RegistryOptions {
  readonly storage: DocumentStore;
  readonly log: Logger;
  readonly idleUnloadMs: number;
  readonly compactAfterUpdates: number;
  readonly maxDocumentBytes: number;
  /** The session's rules for its documents, built once with this registry as its plenary reader. */
  readonly policy: DocumentPolicyFactory;
  /** In a cluster, this server's session leases (none when it is alone). */
  readonly claims?: SessionClaims;
}

/**
 * Ownership of sessions among servers, as the registry needs it: a session's lease is taken before
 * its plenary loads (throwing when another server holds it) and let go once its last room unloads.
 */
export interface SessionClaims {
  claim(sessionId: SessionId): Promise<void>;
  release(sessionId: SessionId): void;
  /** Storage fenced these documents off: their sessions belong to another server now. */
  lostDocuments(docNames: readonly string[]): void;
}

/** One participant connected to one document (presence, without the display colour). */
export type RoomPresence = { readonly doc: string } & Omit<PresenceIdentity, 'color'>;

/**
 * The documents in memory. A room is loaded on first use and, once nobody has been connected for
 * `idleUnloadMs`, compacted and unloaded; each room has its own idle timer and compaction schedule.
 * Commands and routes see it through narrow interfaces declared where they are used
 * (`moderation/PlenaryDocuments.ts`, `http/SessionDocuments.ts`).
 */
export class RoomRegistry {
  private readonly rooms = new Map<string, Room>();
  /** Loads under way: a second caller for the same document shares the first one's load. */
  private readonly loading = new Map<string, Promise<Room>>();
  /** Rooms whose unload is under way (awaiting storage); acquiring one calls its unload off. */
  private readonly unloading = new Set<Room>();
  private readonly idleTimers = new Map<string, NodeJS.Timeout>();
  private readonly compactionQueue = new Set<Room>();
  private compactionScheduled = false;
  private closed = false;
  private readonly persist: PersistQueue;
  private readonly policy: DocumentPolicy;

  constructor(private readonly options: RegistryOptions) {
    this.persist = new PersistQueue(options.storage, options.log, (docNames) =>
      options.claims?.lostDocuments(docNames),
    );
    this.policy = options.policy({ readPlenary: (sessionId, read) => this.readLoadedPlenary(sessionId, read) });
  }

  get size(): number {
    return this.rooms.size;
  }

  /**
   * The room of a document, loading it from storage if it is not in memory. Loaded once: callers
   * that arrive while it loads share the same promise, so two connections never get two rooms.
   */
  acquire(name: string, ref: DocRef): Promise<Room> {
    this.cancelIdleTimer(name);
    const existing = this.rooms.get(name);
    if (existing?.failed) this.drop(existing);
    else if (existing) {
      this.unloading.delete(existing);
      return Promise.resolve(existing);
    }
    const under = this.loading.get(name);
    if (under) return under;
    const load = this.load(name, ref).finally(() => this.loading.delete(name));
    this.loading.set(name, load);
    return load;
  }

  private async load(name: string, ref: DocRef): Promise<Room> {
    // The policy reads the plenary while it judges any room of the session: it is loaded first, and
    // stays while this room is loaded (`unload` keeps it; this room's unload releases it).
    const plenary =
      ref.kind === 'plenary' ? null : await this.acquire(ref.sessionId, { kind: 'plenary', sessionId: ref.sessionId });
    const started = performance.now();
    let room: Room;
    try {
      // The session's lease covers all its rooms; it is held while the plenary is loaded.
      if (ref.kind === 'plenary') await this.options.claims?.claim(ref.sessionId);
      room = await Room.load({
        name,
        ref,
        storage: this.options.storage,
        log: this.options.log,
        compactAfterUpdates: this.options.compactAfterUpdates,
        onCompactionDue: (due) => this.scheduleCompaction(due),
        persist: this.persist,
        maxDocumentBytes: this.options.maxDocumentBytes,
        policy: this.policy,
      });
    } catch (error) {
      this.loading.delete(name);
      if (plenary) this.released(plenary);
      // Nothing of the session is loaded: its lease (if this load took it) goes too.
      if (ref.kind === 'plenary') this.options.claims?.release(ref.sessionId);
      throw error;
    }
    this.rooms.set(name, room);
    this.options.log.debug('room.loaded', { doc: name, ms: Math.round(performance.now() - started) });
    return room;
  }

  /**
   * A change the server makes to a session's plenary (commands): one transaction, stored and sent
   * to every client like any other update. `change` may throw to refuse before writing anything.
   */
  async changePlenary<T>(sessionId: SessionId, change: (roots: PlenaryRoots) => T, by?: ParticipantId): Promise<T> {
    const room = await this.acquire(sessionId, { kind: 'plenary', sessionId });
    try {
      let result: T | undefined;
      room.actAs(by ?? null, () =>
        room.doc.transact(() => {
          result = change(plenaryRoots(room.doc));
        }, SERVER_ORIGIN),
      );
      // A command is answered only once its change is on disk (and sent to everyone).
      await this.persist.flush();
      return result as T;
    } finally {
      this.released(room);
    }
  }

  /** A change the server makes to a breakout room's document (tabling marks a draft): like `changePlenary`. */
  async changeRoom<T>(ref: Exclude<DocRef, { kind: 'plenary' }>, change: (doc: Y.Doc) => T): Promise<T> {
    const room = await this.acquire(docName(ref), ref);
    try {
      let result: T | undefined;
      room.doc.transact(() => {
        result = change(room.doc);
      }, SERVER_ORIGIN);
      await this.persist.flush();
      return result as T;
    } finally {
      this.released(room);
    }
  }

  /** Reads a breakout room's document (loading it if needed) without changing it. */
  async readRoom<T>(ref: Exclude<DocRef, { kind: 'plenary' }>, read: (doc: Y.Doc) => T): Promise<T> {
    const room = await this.acquire(docName(ref), ref);
    try {
      return read(room.doc);
    } finally {
      this.released(room);
    }
  }

  /** Reads a session's plenary (loading it if needed) without changing it. */
  async readPlenary<T>(sessionId: SessionId, read: (doc: Y.Doc) => T): Promise<T> {
    const room = await this.acquire(sessionId, { kind: 'plenary', sessionId });
    try {
      return read(room.doc);
    } finally {
      this.released(room);
    }
  }

  /** Whether a participant may open a document of their session (the policy's read rule). */
  async mayOpen(participant: VerifiedParticipant, ref: DocRef): Promise<boolean> {
    const plenary = await this.acquire(ref.sessionId, { kind: 'plenary', sessionId: ref.sessionId });
    try {
      return this.policy.mayOpen(participant, ref);
    } finally {
      this.released(plenary);
    }
  }

  /** The policy's reader: a plenary the registry keeps loaded while the policy may ask (`PlenaryReader`). */
  private readLoadedPlenary<T>(sessionId: SessionId, read: (doc: Y.Doc) => T): T {
    const room = this.rooms.get(sessionId);
    if (!room) throw new Error(`the plenary of ${sessionId} is not loaded`);
    return read(room.doc);
  }

  /** Whether any room of a session besides its plenary is in memory or loading (the plenary then stays). */
  private hasBreakoutRooms(sessionId: SessionId): boolean {
    for (const room of this.rooms.values())
      if (room.ref.sessionId === sessionId && room.ref.kind !== 'plenary') return true;
    for (const name of this.loading.keys()) if (name.startsWith(`${sessionId}/`)) return true;
    return false;
  }

  /** Who is connected to which document of a session (one entry per participant and document). */
  presence(sessionId: SessionId): RoomPresence[] {
    const seen = new Set<string>();
    const online: RoomPresence[] = [];
    for (const room of this.rooms.values()) {
      if (room.ref.sessionId !== sessionId) continue;
      for (const connection of room.allConnections()) {
        const key = `${room.name} ${connection.participant.participantId}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const { participantId, name, role, partyId } = connection.presence;
        online.push({ doc: room.name, participantId, name, role, partyId });
      }
    }
    return online;
  }

  /** Closes every connection of a participant at once (removal): 4410, and the token stops working. */
  disconnectParticipant(participantId: ParticipantId): void {
    for (const room of this.rooms.values()) {
      for (const connection of room.connectionsOf(participantId)) connection.close(CloseCodes.Removed);
    }
  }

  /** A closed working group's room is closed to its members, not the mediators (its text stays). */
  closeWorkingGroupRoom(sessionId: SessionId, breakoutId: string): void {
    const room = this.rooms.get(`${sessionId}/group/${breakoutId}`);
    if (!room) return;
    for (const connection of room.allConnections()) {
      if (connection.participant.role === 'mediator') continue;
      connection.close(CloseCodes.Forbidden, 'the working group was closed');
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

  /** A participant's connection to a room closed: the policy hears of it (their visit ended). */
  connectionClosed(participant: VerifiedParticipant, ref: DocRef): void {
    this.policy.connectionClosed?.(participant, ref);
  }

  /**
   * Writes what a session's plenary holds of its clause history but has not written yet (it is
   * written at most once a second while people type), so a reader sees every edit made so far.
   */
  async settleHistory(sessionId: SessionId): Promise<void> {
    await this.rooms.get(sessionId)?.settleHistory();
  }

  /** Called when a connection left: start the idle countdown if the room is empty. */
  released(room: Room): void {
    if (this.closed || room.connectionCount > 0 || this.idleTimers.has(room.name)) return;
    // Evicted (or replaced): nothing of it is this registry's to unload.
    if (this.rooms.get(room.name) !== room) return;
    if (room.ref.kind === 'plenary' && this.hasBreakoutRooms(room.ref.sessionId)) return;
    const timer = setTimeout(() => {
      // Never rejects: compaction failures are caught and logged in `compactRoom`.
      void this.unload(room);
    }, this.options.idleUnloadMs);
    timer.unref();
    this.idleTimers.set(room.name, timer);
  }

  private async unload(room: Room): Promise<void> {
    this.idleTimers.delete(room.name);
    this.unloading.add(room);
    await this.persist.flush();
    const compacted = await this.compactRoom(room);
    // Someone acquired the room while storage was busy: it stays (its idle countdown starts anew).
    if (!this.unloading.delete(room) || room.connectionCount > 0 || this.rooms.get(room.name) !== room) return;
    if (!compacted) {
      // Keep the document in memory: it is the only complete copy until storage works again.
      this.released(room);
      return;
    }
    if (room.ref.kind === 'plenary' && this.hasBreakoutRooms(room.ref.sessionId)) return;
    this.rooms.delete(room.name);
    this.compactionQueue.delete(room);
    room.destroy();
    this.options.log.debug('room.unloaded', { doc: room.name });
    if (room.ref.kind === 'plenary') this.options.claims?.release(room.ref.sessionId);
    // The plenary was kept for this room (`load`): with no other room of the session, it may go too.
    const plenary = room.ref.kind === 'plenary' ? undefined : this.rooms.get(room.ref.sessionId);
    if (plenary) this.released(plenary);
  }

  private scheduleCompaction(room: Room): void {
    this.compactionQueue.add(room);
    if (this.compactionScheduled) return;
    this.compactionScheduled = true;
    // Off the relay path: compaction runs after the current burst of messages has been handled.
    setTimeout(() => {
      this.compactionScheduled = false;
      if (this.closed) return;
      const due = [...this.compactionQueue];
      this.compactionQueue.clear();
      // Never rejects: each failure is caught and logged in `compactRoom`.
      void Promise.all(due.map((room) => this.compactRoom(room)));
    }, 50).unref();
  }

  private async compactRoom(room: Room): Promise<boolean> {
    try {
      const before = room.updatesSinceCompaction;
      await room.compact();
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

  /** A room whose stored document could not be applied: forgotten at once, to be loaded anew next time. */
  private drop(room: Room): void {
    this.cancelIdleTimer(room.name);
    this.rooms.delete(room.name);
    this.unloading.delete(room);
    this.compactionQueue.delete(room);
    room.destroy();
    // As after a failed load: nothing of the session is loaded, so its lease goes too.
    if (room.ref.kind === 'plenary' && !this.hasBreakoutRooms(room.ref.sessionId))
      this.options.claims?.release(room.ref.sessionId);
  }

  /**
   * Another server took these sessions over (this one was paused or cut off past its lease): their
   * rooms go without being stored (the fence would refuse it), and their clients are told to
   * reconnect, which brings them to the new owner with whatever they had not seen stored.
   */
  evictSessions(sessionIds: readonly string[]): void {
    const sessions = new Set<string>(sessionIds);
    const rooms = [...this.rooms.values()].filter((room) => sessions.has(room.ref.sessionId));
    for (const room of rooms) {
      this.cancelIdleTimer(room.name);
      this.rooms.delete(room.name);
      this.unloading.delete(room);
      this.compactionQueue.delete(room);
      room.closeAll(CloseCodes.SessionMoved);
      room.destroy();
    }
    if (rooms.length > 0)
      this.options.log.warn('room.evicted', { sessions: [...sessions].join(' '), rooms: rooms.length });
  }

  /** Shutdown: close every connection, compact every room, free memory. */
  async closeAll(): Promise<void> {
    this.closed = true;
    for (const timer of this.idleTimers.values()) clearTimeout(timer);
    this.idleTimers.clear();
    // Rooms still loading are waited for, so they are compacted and freed like the others.
    await Promise.allSettled([...this.loading.values()]);
    await this.persist.flush();
    const rooms = [...this.rooms.values()];
    this.rooms.clear();
    for (const room of rooms) room.closeAll(CloseCodes.ServerShuttingDown);
    await Promise.all(rooms.map((room) => this.compactRoom(room)));
    for (const room of rooms) room.destroy();
    // What destroying settled (clause history) is stored before storage is closed.
    await this.persist.flush();
  }
}
