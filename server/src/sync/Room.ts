import type { CloseEvent, DocRef } from '@parley/shared';
import { CloseCodes, migratePlenary, plenaryRoots } from '@parley/shared';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { Logger } from '../log.ts';
import { errorMessage } from '../log.ts';
import type { ClauseHistoryRow, DocumentStore, StoredDocument } from '../storage/DocumentStore.ts';
import { guardAwarenessUpdate } from './AwarenessGuard.ts';
import type { Author } from './ClauseHistoryRecorder.ts';
import { ClauseHistoryRecorder } from './ClauseHistoryRecorder.ts';
import { clausesChangedBy } from './clausesChangedBy.ts';
import type { DocumentPolicy } from './DocumentPolicy.ts';
import { admitUpdate } from './gate/admitUpdate.ts';
import type { DocumentLayout } from './gate/DocumentLayout.ts';
import { plenaryLayout, roomLayout } from './gate/DocumentLayout.ts';
import {
  encodeAwarenessMessage,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdateMessage,
  isEmptyStateVector,
  syncStep2Of,
} from './messages.ts';
import type { HistorySource, PersistQueue } from './PersistQueue.ts';
import type { RoomConnection } from './RoomConnection.ts';
import { StoredClientBindings } from './StoredClientBindings.ts';
import { wireFrame } from './wireFrame.ts';

/** Resyncs one connection may ask for before a gap in its updates counts as a refusal. */
const MAX_RESYNC_REQUESTS = 50;

/**
 * The clause history is read from the document at most this often per room while people type (each
 * read is every changed clause's wording and one row each): a session of typing is one entry anyway,
 * so reading it at every keystroke would only rewrite that entry's end. A trailing read follows.
 */
const HISTORY_INTERVAL_MS = 1_000;

/** An update's frame, stored and waiting to be sent to everyone but its sender (the origin). */
interface StoredFrame {
  readonly wire: Buffer;
  readonly origin: unknown;
}

/**
 * How long a connection to a room not yet applied to Yjs waits for the client's sync step 1 before
 * the server sends its own (`addConnection`). Providers send theirs as soon as the socket opens.
 */
const FIRST_STEP1_WAIT_MS = 1_000;

interface ConnectionEntry {
  awarenessId: number | null;
  /**
   * Set while the server's sync step 1 waits for the client's (`addConnection`), with the timer
   * that sends it anyway; null once it is sent.
   */
  awaitingStep1: NodeJS.Timeout | null;
}

/** Origin of transactions the server makes itself (commands, migrations): stored and sent to everyone. */
export const SERVER_ORIGIN = Symbol('parley-server');

interface RoomOptions {
  readonly name: string;
  readonly ref: DocRef;
  readonly storage: DocumentStore;
  readonly log: Logger;
  /** Compaction is due once the log holds this many rows. */
  readonly compactAfterUpdates: number;
  readonly onCompactionDue: (room: Room) => void;
  /** Stores changes (one transaction per event-loop turn) before they are relayed. */
  readonly persist: PersistQueue;
  readonly maxDocumentBytes: number;
  /** The session's rules: the write context for the gate, what follows an update, what is recorded. */
  readonly policy: DocumentPolicy;
}

/**
 * One live document: its Yjs state, who is connected, and presence. Every change to the document,
 * whoever made it, is appended to storage before it is sent to anyone (`onDocUpdate`).
 */
export class Room implements HistorySource {
  readonly name: string;
  readonly ref: DocRef;
  private liveDoc = new Y.Doc({ gc: true });
  readonly awareness: awarenessProtocol.Awareness;
  /** Each connection with the one awareness client id it controls (null until it sends presence), and more. */
  private readonly connections = new Map<RoomConnection, ConnectionEntry>();
  private readonly storage: DocumentStore;
  private readonly log: Logger;
  private readonly onCompactionDue: (room: Room) => void;
  private readonly compactAfterUpdates: number;
  private readonly persist: PersistQueue;
  private readonly maxDocumentBytes: number;
  /** The document's size as stored: its state row plus the updates since (an upper bound). */
  private approximateBytes = 0;
  private readonly policy: DocumentPolicy;
  private readonly layout: DocumentLayout;
  private readonly bindings: StoredClientBindings;
  private serverClientBound = false;
  private lastSeq = 0;
  private rowsSinceCompaction = 0;
  /** Set when an append failed: memory holds changes storage lacks until a compaction succeeds. */
  private unpersisted = false;
  /** Changes held back while storage failed, relayed once it works again. */
  private unrelayed: { update: Uint8Array; origin: unknown }[] = [];
  /** Frames of this room's updates stored in the batch being answered, sent together (`sendStored`). */
  private stored: StoredFrame[] = [];
  /** While an update is applied tentatively, the changes it makes wait here for the verdict. */
  private held: { update: Uint8Array; origin: unknown }[] | null = null;
  private readonly pendingAwareness = new Set<number>();
  private awarenessFlushScheduled = false;
  /** The plenary's clause history (other documents have none). */
  private readonly history: ClauseHistoryRecorder | null;
  /** Who the server's transaction in progress acts for (the participant running a command), or null. */
  private actingFor: Author = null;
  /** True while a client's update is being admitted: its effects are not history until admitted. */
  private admitting = false;
  /** Clauses a client's update added or removed, waiting for the verdict. */
  private heldClauseKeys = new Set<string>();
  private historyReadAt = 0;
  /** Set when the next persist must take the history whatever the interval (commands, readers). */
  private historyForced = false;
  private historyTimer: NodeJS.Timeout | null = null;
  /**
   * What storage holds of the document (or has queued): the last state read or compacted, and every
   * update stored since. A refused update is rolled back from here, synchronously, without a read.
   */
  private storedBase: Uint8Array | null = null;
  private storedSince: Uint8Array[] = [];
  /**
   * What storage held when the room loaded, until it is applied to the Yjs document: the first read
   * of `doc` applies it (and runs the migrations), so nothing ever sees the document half loaded;
   * until then a client holding nothing can be answered with the stored state (`answerSyncStep1`).
   */
  private unapplied: StoredDocument | null = null;
  /**
   * The sync step 2 frame of the whole document, for a client that holds nothing (an empty state
   * vector): encoded once and sent to every such client until the document changes (`onDocUpdate`).
   */
  private wholeStateFrame: Uint8Array | null = null;
  /** Why applying the stored document failed (a document from a newer Parley): the room is unusable. */
  private failure: Error | null = null;
  /** Compactions of this room, one after another (each reads `lastSeq` and the state together). */
  private compaction: Promise<void> = Promise.resolve();
  /** A compaction under way to recover from failed appends; updates are refused until it succeeds. */
  private recovering = false;
  private isDestroyed = false;

  private constructor(
    options: RoomOptions,
    bindings: StoredClientBindings,
    newestHistory: readonly ClauseHistoryRow[],
  ) {
    this.name = options.name;
    this.ref = options.ref;
    this.storage = options.storage;
    this.log = options.log;
    this.onCompactionDue = options.onCompactionDue;
    this.compactAfterUpdates = options.compactAfterUpdates;
    this.persist = options.persist;
    this.maxDocumentBytes = options.maxDocumentBytes;
    this.policy = options.policy;
    this.layout = options.ref.kind === 'plenary' ? plenaryLayout : roomLayout;
    this.bindings = bindings;
    this.history = options.ref.kind === 'plenary' ? new ClauseHistoryRecorder(options.name, newestHistory) : null;
    this.awareness = new awarenessProtocol.Awareness(this.liveDoc);
    // The server has no presence of its own.
    this.awareness.setLocalState(null);
  }

  /**
   * Reads the document, its client bindings and (plenary) the newest clause history rows, and applies
   * the document to Yjs (`applyStoredDocument`). When storage held one compacted state and no update
   * after it, applying waits for the first read of `doc`: whatever reads the document (the gate, the
   * policy, commands, a sync answer) still sees it whole and migrated, never half loaded, and until
   * then a client holding nothing can be answered with the stored state as it is (`answerSyncStep1`).
   */
  static async load(options: RoomOptions): Promise<Room> {
    const { storage, name } = options;
    const [stored, bindings, newestHistory] = await Promise.all([
      storage.loadDocument(name),
      StoredClientBindings.load(storage, options.persist, name),
      options.ref.kind === 'plenary' ? storage.newestClauseHistory(name) : Promise.resolve([]),
    ]);
    const room = new Room(options, bindings, newestHistory);
    room.unapplied = stored;
    room.storedBase = stored.state;
    room.storedSince = [...stored.updates];
    room.lastSeq = stored.lastSeq;
    room.approximateBytes = (stored.state?.length ?? 0) + stored.updates.reduce((n, u) => n + u.length, 0);
    room.rowsSinceCompaction = stored.updates.length;
    room.awareness.on('update', room.onAwarenessUpdate);
    if (room.storedWholeState() === null) room.applyStoredDocument(stored);
    return room;
  }

  /**
   * The document as it was when the room was loaded or last rolled back to storage. The first read
   * applies what storage held (`applyStoredDocument`).
   */
  get doc(): Y.Doc {
    if (this.failure !== null) throw this.failure;
    if (this.unapplied !== null) this.applyStoredDocument(this.unapplied);
    return this.liveDoc;
  }

  /** Applying the stored document failed: the registry drops the room (a later load tries again). */
  get failed(): boolean {
    return this.failure !== null;
  }

  /**
   * Applies the stored document to Yjs, then runs the migrations: their changes, like every change
   * after this, are stored and sent to everyone (including connections sent the stored state before).
   */
  private applyStoredDocument(stored: StoredDocument): void {
    this.unapplied = null;
    const started = performance.now();
    const doc = this.liveDoc;
    let readable = true;
    doc.transact(() => {
      if (stored.state) readable = this.applyStored(doc, stored.state, 'state');
      for (const update of stored.updates) this.applyStored(doc, update, 'update');
    }, SERVER_ORIGIN);
    if (!readable && this.wholeStateFrame !== null) {
      // Connections may have been sent the stored state, which is unreadable: they reconnect and are
      // sent what the server could read of it.
      this.wholeStateFrame = null;
      this.closeAll(CloseCodes.TryAgainLater);
    }
    // The server's own edits must never run under a client id a participant already uses.
    while (this.bindings.ownerOf(doc.clientID) !== undefined && this.bindings.ownerOf(doc.clientID) !== 'server') {
      doc.clientID = Math.floor(Math.random() * 0xffffffff);
    }
    // Changes after load (including migrations) are persisted and broadcast.
    doc.on('update', this.onDocUpdate);
    doc.on('afterTransaction', this.onAfterTransaction);
    this.log.debug('document.applied', { doc: this.name, ms: Math.round(performance.now() - started) });
    if (this.ref.kind !== 'plenary') return;
    // The first read may come from within a client's admission or a command: the migrations are the
    // server's own changes whatever is under way (stored at once, in nobody's name).
    const { admitting, actingFor, held } = this;
    this.admitting = false;
    this.actingFor = null;
    this.held = null;
    try {
      const applied = migratePlenary(doc);
      if (applied.length > 0) this.log.info('document.migrated', { doc: this.name, to: applied.at(-1) });
      // Told once the document is readable, not when the room is: reading it earlier would apply the
      // stored state before a cold load's first client is answered from its bytes.
      this.policy.plenaryLoaded?.(this.ref.sessionId);
    } catch (error) {
      // As a load that fails: nobody reads or writes this document, its connections are closed.
      this.failure = error instanceof Error ? error : new Error(String(error));
      this.log.error('room.load_failed', { doc: this.name, error: errorMessage(error) });
      this.closeAll(CloseCodes.StorageFailed);
      throw this.failure;
    } finally {
      this.admitting = admitting;
      this.actingFor = actingFor;
      this.held = held;
    }
  }

  /**
   * Takes back an update that was applied tentatively and then refused: Yjs cannot remove what it
   * integrated, so the document is rebuilt from what storage holds or has queued (`storedBase` and
   * `storedSince`: everything up to the update and nothing of it), without waiting for a read. No
   * client ever saw the refused update.
   */
  private rollBackToStorage(): void {
    this.held = null;
    // Loaded under a fresh id: Yjs drops a client id it sees arrive from outside, as the server's own would.
    const restored = new Y.Doc({ gc: true });
    // Changes stored in no row yet (storage failing) are in `storedSince` too: they are legitimate.
    restored.transact(() => {
      if (this.storedBase) this.applyStored(restored, this.storedBase, 'state');
      for (const update of this.storedSince) this.applyStored(restored, update, 'update');
    }, SERVER_ORIGIN);
    restored.clientID = this.liveDoc.clientID;
    this.wholeStateFrame = null;
    this.liveDoc.off('update', this.onDocUpdate);
    this.liveDoc.off('afterTransaction', this.onAfterTransaction);
    this.liveDoc = restored;
    restored.on('update', this.onDocUpdate);
    restored.on('afterTransaction', this.onAfterTransaction);
    this.awareness.doc = restored;
    this.log.info('document.rolled_back', { doc: this.name });
  }

  /** Applies one stored row; false when it could not be read. */
  private applyStored(into: Y.Doc, update: Uint8Array, what: string): boolean {
    try {
      Y.applyUpdate(into, update, SERVER_ORIGIN);
      return true;
    } catch (error) {
      // Only Yjs-encoded updates are ever stored; an unreadable row means disk damage. Keep the rest.
      this.log.error('storage.unreadable_update', { doc: this.name, what, error: errorMessage(error) });
      return false;
    }
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  get updatesSinceCompaction(): number {
    return this.rowsSinceCompaction;
  }

  /**
   * A new connection is sent the server's sync step 1 and presence. Right after a cold load, when
   * storage held one compacted state and nothing has read the document yet, the server's step 1
   * waits for the client's (at most `FIRST_STEP1_WAIT_MS`): a client that holds nothing is then
   * answered with that state as stored, and the server applies it to Yjs while the client does
   * (`answerSyncStep1`), instead of applying it and encoding it again before answering (issue 17:
   * the server's share of a cold load of a large document drops from most of the time to a few
   * milliseconds). A client that holds something (a reconnect) is answered as ever.
   */
  addConnection(connection: RoomConnection): void {
    const entry: ConnectionEntry = { awarenessId: null, awaitingStep1: null };
    this.connections.set(connection, entry);
    if (this.storedWholeState() !== null) {
      entry.awaitingStep1 = setTimeout(() => this.sendServerStep1(connection), FIRST_STEP1_WAIT_MS);
      entry.awaitingStep1.unref();
    } else {
      connection.send(encodeSyncStep1(this.doc));
    }
    const states = this.awareness.getStates();
    if (states.size > 0) {
      connection.send(
        encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...states.keys()])),
      );
    }
  }

  removeConnection(connection: RoomConnection): void {
    const entry = this.connections.get(connection);
    if (!entry) return;
    this.connections.delete(connection);
    if (entry.awaitingStep1 !== null) clearTimeout(entry.awaitingStep1);
    if (entry.awarenessId !== null && this.awareness.getStates().has(entry.awarenessId)) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [entry.awarenessId], connection);
    }
  }

  allConnections(): RoomConnection[] {
    return [...this.connections.keys()];
  }

  /** The connections of one participant (to close them when the participant is removed). */
  connectionsOf(participantId: string): RoomConnection[] {
    return [...this.connections.keys()].filter((c) => c.participant.participantId === participantId);
  }

  /** Closes every connection, e.g. on shutdown. */
  closeAll(event: CloseEvent): void {
    for (const connection of [...this.connections.keys()]) connection.close(event);
  }

  /**
   * Sends the server's step 1 to a connection whose step 1 waited (`addConnection`): reads the
   * document, so applies it if nothing has yet. A failure to apply is logged, and every connection
   * closed, in `applyStoredDocument`.
   */
  private sendServerStep1(connection: RoomConnection): void {
    const entry = this.connections.get(connection);
    if (this.isDestroyed || entry?.awaitingStep1 == null) return;
    clearTimeout(entry.awaitingStep1);
    entry.awaitingStep1 = null;
    try {
      connection.send(encodeSyncStep1(this.doc));
    } catch {
      // Logged and closed where it failed.
    }
  }

  /** The stored state, when it is the whole document as loaded and not applied yet; otherwise null. */
  private storedWholeState(): Uint8Array | null {
    const stored = this.unapplied;
    return stored !== null && stored.updates.length === 0 ? stored.state : null;
  }

  /**
   * Sends what the client's state vector lacks. A client that holds nothing is sent the whole state,
   * encoded once until the document changes; right after a cold load, that is the state as stored,
   * and the server's own step 1 (which applies it) follows once the answer is on its way (a large
   * frame takes more than one socket write), so the server applies it while the client does.
   */
  answerSyncStep1(connection: RoomConnection, stateVector: Uint8Array): void {
    const stored = this.storedWholeState();
    if (stored !== null && isEmptyStateVector(stateVector)) {
      this.wholeStateFrame ??= syncStep2Of(stored);
      connection.send(this.wholeStateFrame, () => this.sendServerStep1(connection));
      return;
    }
    this.sendServerStep1(connection);
    if (isEmptyStateVector(stateVector)) {
      const doc = this.doc;
      this.wholeStateFrame ??= encodeSyncStep2(doc);
      connection.send(this.wholeStateFrame);
      return;
    }
    connection.send(encodeSyncStep2(this.doc, stateVector));
  }

  /**
   * Checks a client's update against the sender's rights and applies it whole, or refuses it whole
   * (closing with 4403); the document's update handler then persists and relays what changed.
   */
  applyClientUpdate(connection: RoomConnection, update: Uint8Array): void {
    if (this.unpersisted) {
      // Storage failed: nothing more is taken until a compaction has stored what memory holds. The
      // client keeps its edit and sends it again when it reconnects.
      this.recoverPersistence();
      connection.close(CloseCodes.StorageFailed);
      return;
    }
    const sender = connection.participant;
    if (this.approximateBytes + update.byteLength > this.maxDocumentBytes) {
      this.log.warn('document.too_large', { doc: this.name, bytes: this.approximateBytes });
      connection.close(
        CloseCodes.MessageTooBig,
        `the document reached its size limit (${this.maxDocumentBytes} bytes)`,
      );
      return;
    }
    // Its step 1 waited for the client's, which has not come (`addConnection`): it goes first.
    this.sendServerStep1(connection);
    this.admitting = true;
    this.heldClauseKeys.clear();
    const verdict = admitUpdate(
      {
        doc: this.doc,
        update,
        sender,
        layout: this.layout,
        context: this.policy.writeContext(this.ref),
        bindings: this.bindings,
      },
      {
        apply: (clauseTexts) => {
          if (clauseTexts.length > 0) {
            this.history?.beforeChange(plenaryRoots(this.doc), clauseTexts, sender.participantId);
          }
          this.held = [];
          Y.applyUpdate(this.doc, update, connection);
        },
        afterApply: () => {
          const store = this.doc.store;
          if (store.pendingStructs === null && store.pendingDs === null) return null;
          // The gate refuses whatever Yjs would park; should anything slip through, never keep it.
          this.log.error('gate.pending_after_apply', { doc: this.name, participant: sender.participantId });
          return 'update depends on edits the server does not have';
        },
        rollback: () => this.rollBackToStorage(),
      },
    );
    this.admitting = false;
    const held = this.held ?? [];
    this.held = null;
    const clauseKeys = this.heldClauseKeys;
    // Most keystrokes add or remove no clause: the empty set is kept for the next one.
    if (clauseKeys.size > 0) this.heldClauseKeys = new Set();
    if (this.history?.hasChanges) this.persist.noteHistory(this);
    if (!verdict.ok && verdict.missing && connection.resyncRequests++ < MAX_RESYNC_REQUESTS) {
      // Typing on while a reconnect's sync is still under way, or a lost message: nothing of it is
      // applied; a sync step 1 makes the client send everything the server lacks, in order.
      this.log.debug('gate.resync', { doc: this.name, connection: connection.id, reason: verdict.reason });
      connection.send(encodeSyncStep1(this.doc));
      return;
    }
    if (!verdict.ok) {
      this.log.warn('gate.refused', {
        doc: this.name,
        connection: connection.id,
        participant: sender.participantId,
        role: sender.role,
        reason: verdict.reason,
        bytes: update.byteLength,
      });
      this.policy.record({
        kind: 'updateRefused',
        ref: this.ref,
        docName: this.name,
        sender,
        reason: verdict.reason,
        bytes: update.byteLength,
      });
      connection.close(verdict.malformed ? CloseCodes.MalformedMessage : CloseCodes.Forbidden, verdict.reason);
      return;
    }
    for (const client of verdict.newClients) this.bindings.bind(client, sender.participantId);
    if (this.history && (verdict.clauseTexts.length > 0 || clauseKeys.size > 0)) {
      const roots = plenaryRoots(this.doc);
      this.history.created([...clauseKeys].filter((id) => roots.clauses.has(id)));
      this.history.changed(roots, [...verdict.clauseTexts, ...clauseKeys], sender.participantId, 'typed');
      this.persist.noteHistory(this);
    }
    for (const change of held) this.storeAndRelay(change.update, change.origin);
    for (const change of verdict.bracketChanges) {
      this.policy.record({ kind: 'bracketChanged', ref: this.ref, sender, change });
    }
    // Only the plenary notes clause keys (its history); a key still present is a clause the update added.
    const clausesAdded =
      clauseKeys.size > 0 ? [...clauseKeys].filter((id) => plenaryRoots(this.doc).clauses.has(id)) : [];
    if (verdict.clauseTexts.length > 0 || verdict.clauseVersions.length > 0 || clausesAdded.length > 0) {
      this.policy.afterClientUpdate({
        ref: this.ref,
        sender,
        clauseTexts: verdict.clauseTexts,
        clauseVersions: verdict.clauseVersions,
        clausesAdded,
        doc: this.doc,
        amend: (change) => this.doc.transact(() => change(this.doc), SERVER_ORIGIN),
      });
    }
  }

  /** Presence: only the connection's own awareness id, with the verified identity written in. */
  applyAwarenessUpdate(connection: RoomConnection, update: Uint8Array): void {
    const entry = this.connections.get(connection);
    if (!entry) return;
    const heldByAnother = (clientId: number) => {
      for (const [other, held] of this.connections)
        if (other !== connection && held.awarenessId === clientId) return true;
      return false;
    };
    const verdict = guardAwarenessUpdate(update, entry.awarenessId, heldByAnother, connection.presence);
    if (!verdict.ok) {
      this.log.warn('awareness.refused', { doc: this.name, connection: connection.id, reason: verdict.reason });
      connection.close(CloseCodes.MalformedMessage, verdict.reason);
      return;
    }
    if (verdict.clientId !== null) entry.awarenessId = verdict.clientId;
    if (verdict.update) awarenessProtocol.applyAwarenessUpdate(this.awareness, verdict.update, connection);
  }

  sendAwarenessStates(connection: RoomConnection): void {
    const ids = [...this.awareness.getStates().keys()];
    connection.send(encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids)));
  }

  /**
   * Runs a server transaction on behalf of a participant (a command they ran): the clause history
   * names them as the author of what it changes.
   */
  actAs<T>(participantId: string | null, run: () => T): T {
    // What clients wrote before is read (and queued for storage, ahead of the command's own change)
    // before the command changes anything; the command's flush awaits it.
    void this.settleHistory();
    const before = this.actingFor;
    this.actingFor = participantId;
    try {
      return run();
    } finally {
      this.actingFor = before;
    }
  }

  /**
   * The clause history's rows to write with this turn's updates: none while a client's update awaits
   * its verdict, and none within `HISTORY_INTERVAL_MS` of the last read unless forced (a trailing
   * read is then scheduled, so the end of a session of typing is written within the interval).
   */
  takeHistory(): ReturnType<ClauseHistoryRecorder['take']> {
    if (this.history === null || this.admitting) return [];
    const now = Date.now();
    if (!this.historyForced && now - this.historyReadAt < HISTORY_INTERVAL_MS) {
      this.scheduleHistoryRead(HISTORY_INTERVAL_MS - (now - this.historyReadAt));
      return [];
    }
    this.historyForced = false;
    this.historyReadAt = now;
    return this.history.take(plenaryRoots(this.doc));
  }

  /**
   * Writes the clause history held so far now (before a command, for a reader, before unloading):
   * its rows are taken at once; settles when they are stored. Never rejects (the queue logs).
   */
  settleHistory(): Promise<void> {
    if (!this.history?.hasChanges) return Promise.resolve();
    this.historyForced = true;
    this.persist.noteHistory(this);
    return this.persist.flush();
  }

  private scheduleHistoryRead(delayMs: number): void {
    if (this.historyTimer !== null) return;
    this.historyTimer = setTimeout(() => {
      this.historyTimer = null;
      if (!this.history?.hasChanges) return;
      this.historyForced = true;
      this.persist.noteHistory(this);
    }, delayMs);
    this.historyTimer.unref();
  }

  /**
   * Which clauses a transaction added, removed or reworded. A client's wording changes come from the
   * gate's reading (`applyClientUpdate`); here only the clause keys it added or removed, kept until
   * the verdict. The server's own transactions (commands, imports) are read from what they changed.
   */
  private readonly onAfterTransaction = (transaction: Y.Transaction): void => {
    if (this.history === null || transaction.changed.size === 0) return;
    const roots = plenaryRoots(this.doc);
    const fromClient = this.isConnection(transaction.origin) || this.admitting;
    const { keys, worded } = clausesChangedBy(transaction, roots.clauses, !fromClient);
    if (fromClient) {
      for (const key of keys) this.heldClauseKeys.add(key);
      return;
    }
    if (keys.size === 0 && worded.size === 0) return;
    this.history.created([...keys].filter((id) => roots.clauses.has(id)));
    this.history.changed(roots, [...keys, ...worded], this.actingFor, 'command');
    this.persist.noteHistory(this);
  };

  /** Every change, whoever made it: stored first (batched per turn), then sent to everyone but its sender. */
  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    this.wholeStateFrame = null;
    if (this.held !== null) this.held.push({ update, origin });
    else this.storeAndRelay(update, origin);
  };

  private storeAndRelay(update: Uint8Array, origin: unknown): void {
    if (!this.serverClientBound && !this.isConnection(origin)) {
      // Rides this turn's transaction with the update (a failed batch keeps it for the next).
      this.serverClientBound = true;
      this.bindings.bind(this.doc.clientID, 'server');
    }
    this.storedSince.push(update);
    this.persist.enqueue({ docName: this.name, update, done: (seq) => this.relay(update, origin, seq) });
  }

  private relay(update: Uint8Array, origin: unknown, seq: number | null): void {
    if (seq === null) {
      // Not on disk means not relayed: nobody may see what a restart would lose.
      this.unpersisted = true;
      this.unrelayed.push({ update, origin });
      if (this.isConnection(origin)) origin.close(CloseCodes.StorageFailed);
      return;
    }
    this.lastSeq = Math.max(this.lastSeq, seq);
    this.rowsSinceCompaction++;
    this.approximateBytes += update.byteLength;
    this.stored.push({ wire: wireFrame(encodeUpdateMessage(update)), origin });
    if (this.stored.length === 1) queueMicrotask(this.sendStored);
    if (this.rowsSinceCompaction === this.compactAfterUpdates) this.onCompactionDue(this);
  }

  /**
   * Sends what this room's share of a stored batch holds, once the batch's callbacks have all run
   * (a microtask: before anything else happens). A connection gets its frames in order in one socket
   * write: the profile of the many-rooms bench had a quarter of the server's time in the socket write
   * itself (one system call per delivery), and under load a batch often holds several of a room's
   * updates. Connections that sent none of them share one buffer.
   */
  private readonly sendStored = (): void => {
    const stored = this.stored;
    this.stored = [];
    try {
      this.sendFrames(stored);
    } catch (error) {
      // A microtask has no caller to catch for it: a send that throws must not take the server down.
      this.log.error('room.relay_failed', { doc: this.name, error: errorMessage(error) });
    }
  };

  private sendFrames(stored: readonly StoredFrame[]): void {
    if (stored.length === 1) {
      const [{ wire, origin }] = stored as [StoredFrame];
      for (const connection of this.connections.keys()) if (connection !== origin) connection.sendWire(wire);
      return;
    }
    const senders = new Set(stored.map((frame) => frame.origin));
    const all = Buffer.concat(stored.map((frame) => frame.wire));
    for (const connection of this.connections.keys()) {
      if (!senders.has(connection)) {
        connection.sendWire(all);
        continue;
      }
      const others = stored.filter((frame) => frame.origin !== connection).map((frame) => frame.wire);
      if (others.length > 0) connection.sendWire(others.length === 1 ? (others[0] as Buffer) : Buffer.concat(others));
    }
  }

  private isConnection(origin: unknown): origin is RoomConnection {
    return typeof origin === 'object' && origin !== null && this.connections.has(origin as RoomConnection);
  }

  private readonly onAwarenessUpdate = (change: { added: number[]; updated: number[]; removed: number[] }): void => {
    for (const id of [...change.added, ...change.updated, ...change.removed]) this.pendingAwareness.add(id);
    this.scheduleAwarenessFlush();
  };

  /** Presence is sent once per event-loop turn, encoded once for all connections. */
  private scheduleAwarenessFlush(): void {
    if (this.awarenessFlushScheduled) return;
    this.awarenessFlushScheduled = true;
    setImmediate(() => {
      this.awarenessFlushScheduled = false;
      if (this.pendingAwareness.size === 0 || this.connections.size === 0) {
        this.pendingAwareness.clear();
        return;
      }
      const frame = encodeAwarenessMessage(
        awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...this.pendingAwareness]),
      );
      this.pendingAwareness.clear();
      const wire = wireFrame(frame);
      for (const connection of this.connections.keys()) connection.sendWire(wire);
    });
  }

  /**
   * Writes the whole state as one row and drops the log it replaces. Compactions of a room run one
   * after another; rejects when storage fails (the room then keeps what it holds).
   */
  compact(): Promise<void> {
    const next = this.compaction.catch(() => undefined).then(() => this.compactNow());
    this.compaction = next;
    return next;
  }

  private async compactNow(): Promise<void> {
    if (this.rowsSinceCompaction === 0 && !this.unpersisted) return;
    // Read together, before any await: the state holds every row up to `upTo` (and perhaps later ones).
    const state = Y.encodeStateAsUpdate(this.doc);
    const upTo = this.lastSeq;
    const rows = this.rowsSinceCompaction;
    const bytes = this.approximateBytes;
    const held = this.unrelayed;
    const queued = this.storedSince.length;
    await this.storage.compact(this.name, state, upTo);
    // Updates stored while the compaction was under way stay counted.
    this.storedBase = state;
    this.storedSince = this.storedSince.slice(queued);
    this.approximateBytes = state.length + Math.max(0, this.approximateBytes - bytes);
    this.rowsSinceCompaction = Math.max(0, this.rowsSinceCompaction - rows);
    // What was held back while storage failed is on disk now (in this state): everyone may see it.
    this.unrelayed = this.unrelayed.slice(held.length);
    this.unpersisted = this.unrelayed.length > 0;
    for (const { update, origin } of held) {
      const frame = encodeUpdateMessage(update);
      for (const connection of this.connections.keys()) if (connection !== origin) connection.send(frame);
    }
  }

  private recoverPersistence(): void {
    if (this.recovering) return;
    this.recovering = true;
    this.compact().then(
      () => {
        this.recovering = false;
        this.log.info('storage.recovered', { doc: this.name });
      },
      (error: unknown) => {
        this.recovering = false;
        this.log.error('storage.still_failing', { doc: this.name, error: errorMessage(error) });
      },
    );
  }

  /** True when memory holds changes that storage does not: such a room must never be unloaded. */
  get hasUnpersistedChanges(): boolean {
    return this.unpersisted;
  }

  /** Set once the room is destroyed; frames still arriving from its closing connections are ignored. */
  get destroyed(): boolean {
    return this.isDestroyed;
  }

  destroy(): void {
    this.isDestroyed = true;
    if (this.historyTimer !== null) clearTimeout(this.historyTimer);
    this.historyTimer = null;
    try {
      // The rows are taken now; the queue stores them (and logs a failure) after the room is gone.
      void this.settleHistory();
    } catch (error) {
      this.log.error('history.settle_failed', { doc: this.name, error: errorMessage(error) });
    }
    // Not `doc`: a room unloaded before anyone read its document is not applied only to be freed.
    this.unapplied = null;
    this.wholeStateFrame = null;
    this.liveDoc.off('update', this.onDocUpdate);
    this.liveDoc.off('afterTransaction', this.onAfterTransaction);
    this.awareness.destroy();
    this.liveDoc.destroy();
  }
}
