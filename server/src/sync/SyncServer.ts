import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { CloseEvent, DocRef, PresenceIdentity } from '@parley/shared';
import { CloseCodes, closeReason, parseDocName, partyColor } from '@parley/shared';
import { WebSocket, WebSocketServer } from 'ws';
import type { VerifiedParticipant } from '../auth/authenticate.ts';
import { authenticate } from '../auth/authenticate.ts';
import type { TokenSigner } from '../auth/TokenSigner.ts';
import type { ConnectionLimits } from '../config.ts';
import { Refusal } from '../domain/Refusal.ts';
import type { Logger } from '../log.ts';
import { errorMessage } from '../log.ts';
import { clientAddress } from '../net/clientAddress.ts';
import type { DocumentStore } from '../storage/DocumentStore.ts';
import type { SessionRecord, SessionStore } from '../storage/SessionStore.ts';
import { MalformedMessageError, parseClientMessage } from './ClientMessage.ts';
import type { DocumentPolicyFactory } from './DocumentPolicy.ts';
import type { Room } from './Room.ts';
import type { RoomConnection } from './RoomConnection.ts';
import { RoomRegistry, type SessionClaims } from './RoomRegistry.ts';

export const SYNC_PATH_PREFIX = '/sync/';
const HEARTBEAT_MS = 30_000;

interface SyncServerOptions {
  readonly limits: ConnectionLimits;
  readonly maxDocumentBytes: number;
  /** Documents, and the sessions and participants a connection is admitted by. */
  readonly storage: DocumentStore & Pick<SessionStore, 'getSession' | 'getParticipant'>;
  readonly signer: TokenSigner;
  readonly log: Logger;
  readonly maxMessageBytes: number;
  readonly idleUnloadMs: number;
  readonly compactAfterUpdates: number;
  readonly policy: DocumentPolicyFactory;
  /** In a cluster, this server's session leases. */
  readonly claims?: SessionClaims | undefined;
}

let nextConnectionId = 1;

/**
 * The sync endpoint: y-websocket's protocol over `ws`. Every frame is parsed whole before it acts; a
 * malformed frame closes only its own connection, with a reason.
 */
export class SyncServer {
  readonly rooms: RoomRegistry;
  private readonly wss: WebSocketServer;
  private readonly heartbeat: NodeJS.Timeout;
  private readonly alive = new WeakSet<WebSocket>();
  private readonly connectionsPerAddress = new Map<string, number>();

  constructor(private readonly options: SyncServerOptions) {
    this.rooms = new RoomRegistry(options);
    // `ws` answers frames over maxPayload with 1009, which clients retry; up to twice the limit we read
    // the frame and refuse it with 4413 instead, which the provider treats as final.
    const hardLimit = Math.max(options.maxMessageBytes * 2, options.maxMessageBytes + 1024 * 1024);
    // No permessage-deflate: every frame ws sends is written at once, which broadcasts rely on (sendWire).
    this.wss = new WebSocketServer({ noServer: true, maxPayload: hardLimit, perMessageDeflate: false });
    this.heartbeat = setInterval(() => this.checkHeartbeats(), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  get connectionCount(): number {
    return this.wss.clients.size;
  }

  /**
   * Authenticates before the WebSocket exists: unauthenticated without a valid token, forbidden for a
   * removed participant, another session's token or a document the role may not read, not found for
   * no such document. A refusal is logged (without the token) and returned for the HTTP layer to
   * answer; the socket is left untouched then.
   */
  async handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): Promise<Refusal | null> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const name = decodeURIComponent(url.pathname.slice(SYNC_PATH_PREFIX.length));
    const address = clientAddress(request);
    const overLimit = () =>
      (this.connectionsPerAddress.get(address) ?? 0) >= this.options.limits.maxConnectionsPerAddress
        ? new Refusal('rateLimited', 'too many connections from this address')
        : null;
    // Checked again after the admission's storage reads, which other upgrades may have overtaken.
    const admitted = overLimit() ?? (await this.admit(url, name));
    const admission = admitted instanceof Refusal ? admitted : (overLimit() ?? admitted);
    if (admission instanceof Refusal) {
      this.options.log.warn('upgrade.refused', {
        doc: name.slice(0, 100),
        refusal: admission.kind,
        error: admission.message,
      });
      return admission;
    }
    const { ref, participant, presence } = admission;
    this.wss.handleUpgrade(request, socket, head, (ws) => {
      this.connectionsPerAddress.set(address, (this.connectionsPerAddress.get(address) ?? 0) + 1);
      ws.once('close', () => {
        const left = (this.connectionsPerAddress.get(address) ?? 1) - 1;
        if (left > 0) this.connectionsPerAddress.set(address, left);
        else this.connectionsPerAddress.delete(address);
      });
      this.accept(ws, socket, name, ref, participant, presence);
    });
    return null;
  }

  /**
   * Opens the WebSocket only to close it with a code the provider retries after (4503) and the reason:
   * a refusal that is not final (the session is moving between servers, or its owner is out of reach).
   */
  refuseForNow(request: IncomingMessage, socket: Duplex, head: Buffer, detail: string): void {
    this.options.log.warn('upgrade.try_again', { error: detail });
    this.wss.handleUpgrade(request, socket, head, (ws) => {
      ws.on('error', () => undefined);
      ws.close(CloseCodes.TryAgainLater.code, closeReason(CloseCodes.TryAgainLater.reason, detail));
    });
  }

  private async admit(
    url: URL,
    name: string,
  ): Promise<
    Refusal | { readonly ref: DocRef; readonly participant: VerifiedParticipant; readonly presence: PresenceIdentity }
  > {
    const ref = parseDocName(name);
    if (!url.pathname.startsWith(SYNC_PATH_PREFIX) || ref === null) return new Refusal('notFound', 'no such document');
    const session = await this.options.storage.getSession(ref.sessionId);
    if (session === null) return new Refusal('notFound', 'no such session');
    if (ref.kind === 'caucus' && !session.parties.some((party) => party.id === ref.partyId)) {
      return new Refusal('notFound', 'no such party in this session');
    }
    const auth = await authenticate(
      url.searchParams.get('token'),
      ref.sessionId,
      this.options.storage,
      this.options.signer,
    );
    if (!auth.ok) return auth.refusal;
    if (!(await this.rooms.mayOpen(auth.participant, ref))) {
      return new Refusal('forbidden', `a ${auth.participant.role} may not open this document`);
    }
    return { ref, participant: auth.participant, presence: presenceOf(auth.participant, session) };
  }

  private accept(
    ws: WebSocket,
    /** The socket this connection was upgraded on (ours: handed to `ws`, which writes to it too). */
    socket: Duplex,
    name: string,
    ref: DocRef,
    participant: VerifiedParticipant,
    presence: PresenceIdentity,
  ): void {
    const log = this.options.log;
    const writable = (): boolean => {
      if (ws.readyState !== WebSocket.OPEN) return false;
      if (ws.bufferedAmount <= this.options.limits.maxBufferedBytes) return true;
      // A client that stopped reading would hold ever more memory; it cannot read a close frame either.
      log.warn('connection.slow_reader', { doc: name, connection: connection.id, buffered: ws.bufferedAmount });
      ws.terminate();
      return false;
    };
    const connection: RoomConnection = {
      id: nextConnectionId++,
      participant,
      presence,
      resyncRequests: 0,
      send: (frame, sent) => {
        if (!writable()) sent?.();
        else if (sent) ws.send(frame, () => sent());
        else ws.send(frame);
      },
      sendWire: (wire) => {
        // A broadcast frame goes straight to the socket: measured on this machine (100 sockets, 40-byte
        // update), 3–4 µs per delivery against 5–6 µs through `ws.send` with one shared Buffer (a header
        // allocated and a corked two-part write per connection), about a twentieth of the server's CPU
        // per delivery in the plenary bench. It is safe only while `ws` writes every frame of its own
        // synchronously, so frames keep their order: true without permessage-deflate (off above) and
        // without Blob payloads (never sent). `wsWritesInOrder.test.ts` fails when `ws` changes that.
        if (writable()) socket.write(wire);
      },
      close: (event: CloseEvent, detail?: string) => {
        if (ws.readyState === WebSocket.OPEN || ws.readyState === WebSocket.CONNECTING) {
          ws.close(event.code, closeReason(event.reason, detail));
        }
      },
    };
    // Frames that arrive while the room loads wait here, in order, and are handled once it is loaded.
    let room: Room | null = null;
    const early: Uint8Array[] = [];
    this.alive.add(ws);
    ws.on('pong', () => this.alive.add(ws));
    ws.on('error', (error) => {
      // `ws` closes the socket itself (1009 for oversized frames, 1002 for protocol errors).
      log.warn('connection.error', { doc: name, connection: connection.id, error: errorMessage(error) });
    });
    ws.on('close', (code) => {
      if (room !== null) {
        room.removeConnection(connection);
        this.rooms.released(room);
      }
      this.rooms.connectionClosed(participant, ref);
      log.debug('connection.closed', { doc: name, connection: connection.id, code });
    });
    const updates = new TokenBucket(this.options.limits.updatesPerSecond);
    const presenceRate = new TokenBucket(this.options.limits.presencePerSecond);
    ws.on('message', (data, isBinary) => {
      if (!isBinary) {
        connection.close(CloseCodes.MalformedMessage, 'text frames are not part of the protocol');
        return;
      }
      const frame = toUint8Array(data);
      if (frame.byteLength > this.options.maxMessageBytes) {
        log.warn('connection.message_too_big', { doc: name, connection: connection.id, bytes: frame.byteLength });
        connection.close(CloseCodes.MessageTooBig, `${frame.byteLength} bytes, limit ${this.options.maxMessageBytes}`);
        return;
      }
      // Presence beyond the rate is dropped (the next move supersedes it); edits beyond it pause the client.
      if (frame[0] === 1) {
        if (!presenceRate.take()) return;
      } else if (!updates.take()) {
        log.warn('connection.rate_limited', { doc: name, connection: connection.id });
        connection.close(CloseCodes.RateLimited);
        return;
      }
      if (room === null) early.push(frame);
      else this.handleFrame(room, connection, frame);
    });
    this.rooms.acquire(name, ref).then(
      (loaded) => {
        if (ws.readyState !== WebSocket.OPEN) {
          // Closed while the room loaded: the room only starts its idle countdown.
          this.rooms.released(loaded);
          return;
        }
        room = loaded;
        loaded.addConnection(connection);
        log.debug('connection.opened', {
          doc: name,
          connection: connection.id,
          participant: participant.participantId,
        });
        for (const frame of early.splice(0)) this.handleFrame(loaded, connection, frame);
      },
      (error: unknown) => {
        log.error('room.load_failed', { doc: name, error: errorMessage(error) });
        ws.close(CloseCodes.StorageFailed.code, closeReason('Could not load the document'));
      },
    );
  }

  private handleFrame(room: Room, connection: RoomConnection, frame: Uint8Array): void {
    // An evicted room (its session taken over by another server) closed this connection already.
    if (room.destroyed) return;
    try {
      const message = parseClientMessage(frame);
      switch (message.type) {
        case 'syncStep1':
          room.answerSyncStep1(connection, message.stateVector);
          return;
        case 'syncStep2':
        case 'update':
          room.applyClientUpdate(connection, message.update);
          return;
        case 'awareness':
          room.applyAwarenessUpdate(connection, message.update);
          return;
        case 'queryAwareness':
          room.sendAwarenessStates(connection);
          return;
      }
    } catch (error) {
      const detail = error instanceof MalformedMessageError ? error.message : 'could not apply the message';
      this.options.log.warn('connection.malformed', {
        doc: room.name,
        connection: connection.id,
        error: errorMessage(error),
      });
      connection.close(CloseCodes.MalformedMessage, detail);
    }
  }

  private checkHeartbeats(): void {
    for (const ws of this.wss.clients) {
      if (!this.alive.has(ws)) {
        ws.terminate();
        continue;
      }
      this.alive.delete(ws);
      ws.ping();
    }
  }

  /** Sends 1001 to every client, compacts every room, and waits (briefly) for the close handshakes. */
  async close(graceMs = 2000): Promise<void> {
    clearInterval(this.heartbeat);
    await this.rooms.closeAll();
    const deadline = Date.now() + graceMs;
    while (this.wss.clients.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    for (const ws of this.wss.clients) ws.terminate();
    this.wss.close();
  }
}

/** A token bucket: `rate` per second sustained, twice that in a burst. */
class TokenBucket {
  private tokens: number;
  private last = performance.now();

  constructor(private readonly rate: number) {
    this.tokens = rate * 2;
  }

  take(): boolean {
    const now = performance.now();
    this.tokens = Math.min(this.rate * 2, this.tokens + ((now - this.last) / 1000) * this.rate);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

const ROLE_COLORS = { mediator: '#1f2937', observer: '#6b7280', languageServices: '#4b5563' } as const;

function presenceOf(participant: VerifiedParticipant, session: SessionRecord): PresenceIdentity {
  const partyIndex = session.parties.findIndex((party) => party.id === participant.partyId);
  return {
    participantId: participant.participantId,
    name: participant.name,
    role: participant.role,
    partyId: participant.partyId ?? null,
    color:
      partyIndex >= 0
        ? partyColor(partyIndex)
        : participant.role === 'delegate'
          ? '#555555'
          : ROLE_COLORS[participant.role],
  };
}

function toUint8Array(data: WebSocket.RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
