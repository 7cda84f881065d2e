import type http from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from '../log.ts';
import { errorMessage } from '../log.ts';
import { clientAddress } from '../net/clientAddress.ts';
import type { LeaseStore, SharedStorage } from '../storage/Leases.ts';
import { ClusterRouter, type SessionRoute } from './ClusterRouter.ts';
import { ForwardedConnections } from './ForwardedConnections.ts';
import { forwardedHeaderValue, forwardingOf } from './forwardedFrom.ts';
import { forwardRequest } from './forwardRequest.ts';
import { forwardUpgrade } from './forwardUpgrade.ts';
import { ServerDirectory } from './ServerDirectory.ts';
import { NotOwnerError, SessionOwnership } from './SessionOwnership.ts';
import { TryAgainLater } from './TryAgainLater.ts';

export interface ClusterSettings {
  readonly serverId: string;
  readonly advertiseUrl: string;
  readonly redisUrl: string | undefined;
  readonly leaseMs: number;
}

/** What forwarding reports, for metrics (seconds to reach the owner, by kind). */
export interface ForwardingObserver {
  forwarded(kind: 'websocket' | 'http', seconds: number): void;
  /** A forwarded WebSocket opened (+1) or closed (-1). */
  forwardedOpen(change: 1 | -1): void;
}

const ATTEMPTS = 4;

/** A connection refused: nothing listens on the owner's port any more. */
function isRefused(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ECONNREFUSED';
}

/**
 * This server's part in a cluster (issue 16): the sessions it owns, where the others are, and the
 * forwarding of requests for sessions another server owns. Built when storage is shared (PostgreSQL);
 * with SQLite a server is alone and has none of this.
 */
export class Cluster {
  readonly router: ClusterRouter;
  readonly forwarded: ForwardedConnections;
  private observer: ForwardingObserver | null = null;

  private constructor(
    readonly settings: ClusterSettings,
    readonly ownership: SessionOwnership,
    readonly directory: ServerDirectory | null,
    leases: LeaseStore,
    private readonly secret: Buffer,
    private readonly log: Logger,
  ) {
    this.router = new ClusterRouter({ ownership, leases, directory, leaseMs: settings.leaseMs });
    this.forwarded = new ForwardedConnections(leases, settings.leaseMs, log);
    directory?.onLeaseTaken((lease) => this.forwarded.leaseTaken(lease));
  }

  /**
   * Joins: fences the storage with this server's leases and, with Redis, enters the directory.
   * `onLost` hears of sessions taken over by another server (their rooms must go).
   */
  static async join(options: {
    readonly settings: ClusterSettings;
    readonly storage: SharedStorage;
    readonly secret: Buffer;
    readonly log: Logger;
    readonly onLost: (sessionIds: readonly string[]) => void;
  }): Promise<Cluster> {
    const { settings, storage, log } = options;
    const directory = settings.redisUrl
      ? await ServerDirectory.connect({
          redisUrl: settings.redisUrl,
          serverId: settings.serverId,
          advertiseUrl: settings.advertiseUrl,
          heartbeatMs: settings.leaseMs,
          log,
        })
      : null;
    const ownership = new SessionOwnership({
      serverId: settings.serverId,
      leases: storage.leases,
      leaseMs: settings.leaseMs,
      log,
      onLost: options.onLost,
      onTaken: (lease) => directory?.announceLease(lease),
    });
    storage.fenceWith(ownership);
    log.info('cluster.joined', { server: settings.serverId, redis: directory !== null, leaseMs: settings.leaseMs });
    return new Cluster(settings, ownership, directory, storage.leases, options.secret, log);
  }

  observeForwarding(observer: ForwardingObserver): void {
    this.observer = observer;
  }

  private forwardedValue(request: http.IncomingMessage): string {
    return forwardedHeaderValue(this.secret, this.settings.serverId, clientAddress(request));
  }

  /**
   * Serves a WebSocket upgrade for a session here (`serveHere`, which may throw `NotOwnerError` when
   * another server took the session meanwhile) or forwards it to the owner. Throws `TryAgainLater`
   * when neither is possible now. A request another server forwarded is only ever served here.
   */
  async upgrade(
    request: http.IncomingMessage,
    socket: Duplex,
    head: Buffer,
    sessionId: string,
    serveHere: () => Promise<void>,
  ): Promise<void> {
    await this.dispatch(request, sessionId, 'websocket', serveHere, async (route) => {
      const upstream = await forwardUpgrade(request, socket, head, route.url, this.forwardedValue(request));
      this.forwarded.add(sessionId, upstream, route);
      this.observer?.forwardedOpen(1);
      upstream.once('close', () => this.observer?.forwardedOpen(-1));
    });
  }

  /** The same for an HTTP request to `/api/sessions/<sessionId>/…`. */
  async request(
    request: http.IncomingMessage,
    response: http.ServerResponse,
    sessionId: string,
    serveHere: () => Promise<void>,
  ): Promise<void> {
    await this.dispatch(request, sessionId, 'http', serveHere, (route) =>
      forwardRequest(request, response, route.url, this.forwardedValue(request)),
    );
  }

  private async dispatch(
    request: http.IncomingMessage,
    sessionId: string,
    kind: 'websocket' | 'http',
    serveHere: () => Promise<void>,
    forward: (route: Extract<SessionRoute, { kind: 'remote' }>) => Promise<void>,
  ): Promise<void> {
    const forwarding = forwardingOf(request, this.secret);
    if (forwarding !== null) {
      // Sent here as the owner: if this server is not (any more), the forwarder's client retries.
      await this.serveHereOrRetry(serveHere, sessionId);
      return;
    }
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      let route: SessionRoute;
      try {
        route = await this.router.route(sessionId);
      } catch (error) {
        throw new TryAgainLater(`the session's owner could not be looked up (${errorMessage(error)})`);
      }
      if (route.kind === 'unavailable') throw new TryAgainLater(route.reason);
      if (route.kind === 'local') {
        try {
          await serveHere();
          return;
        } catch (error) {
          if (!(error instanceof NotOwnerError)) throw error;
          // Taken by another server since the route was read. An upgrade is tried again (nothing of
          // it was read yet); an HTTP request may have had its body read, so its client retries.
          if (kind === 'http') throw new TryAgainLater(`session ${sessionId} moved to another server`);
          continue;
        }
      }
      const started = performance.now();
      try {
        await forward(route);
        this.observer?.forwarded(kind, (performance.now() - started) / 1000);
        return;
      } catch (error) {
        this.log.warn('forward.unreachable', { session: sessionId, owner: route.owner, error: errorMessage(error) });
        this.router.markUnreachable(route.owner, isRefused(error));
      }
    }
    throw new TryAgainLater('the session is moving between servers');
  }

  private async serveHereOrRetry(serveHere: () => Promise<void>, sessionId: string): Promise<void> {
    try {
      await serveHere();
    } catch (error) {
      if (error instanceof NotOwnerError) throw new TryAgainLater(`session ${sessionId} moved to another server`);
      throw error;
    }
  }

  /** Leaves: forwarded connections are cut, leases let go (after the rooms were stored), the directory left. */
  async close(): Promise<void> {
    this.forwarded.close();
    await this.ownership.close();
    await this.directory?.close();
  }
}
