import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { loadSecret } from './auth/loadSecret.ts';
import { TokenSigner } from './auth/TokenSigner.ts';
import { SilenceWatch } from './closing/SilenceWatch.ts';
import type { Cluster } from './cluster/Cluster.ts';
import { NotOwnerError, sessionOfDocument } from './cluster/SessionOwnership.ts';
import { TryAgainLater } from './cluster/TryAgainLater.ts';
import type { ServerConfig } from './config.ts';
import { Refusal } from './domain/Refusal.ts';
import { getVerify } from './http/closingRoutes.ts';
import { healthRoute, storageProbe } from './http/healthRoutes.ts';
import { getChanges, getClauseAt, getClauseHistory, postChangesSeen } from './http/historyRoutes.ts';
import { postImport, postImportPreview } from './http/importRoutes.ts';
import { sendJson } from './http/json.ts';
import { getMetrics } from './http/metricsRoute.ts';
import { RateLimiter } from './http/RateLimiter.ts';
import { refusalStatus } from './http/refusalStatus.ts';
import { rejectUpgrade } from './http/rejectUpgrade.ts';
import type { ApiContext } from './http/sessionRoutes.ts';
import {
  getAudit,
  getAuthors,
  getComparison,
  getExport,
  getInvites,
  getNotices,
  getParticipants,
  getPresence,
  getSession,
  getVersions,
  postCommand,
  postJoin,
  postNoticesRead,
  postSession,
} from './http/sessionRoutes.ts';
import { serveStatic } from './http/staticFiles.ts';
import type { Logger } from './log.ts';
import { createLogger, errorMessage } from './log.ts';
import { countGateRefusals } from './metrics/countGateRefusals.ts';
import { loadedSessions } from './metrics/loadedSessions.ts';
import { measuredStorage } from './metrics/measuredStorage.ts';
import { ServerMetrics } from './metrics/ServerMetrics.ts';
import { CommandQueue } from './moderation/CommandQueue.ts';
import { negotiationPolicy } from './moderation/negotiationPolicy.ts';
import { floorReader, SpeakingTime } from './moderation/SpeakingTime.ts';
import { noteClientAddress, plainAddress } from './net/clientAddress.ts';
import type { SharedStorage } from './storage/Leases.ts';
import { openStorage } from './storage/openStorage.ts';
import type { Storage } from './storage/Storage.ts';
import { SYNC_PATH_PREFIX, SyncServer } from './sync/SyncServer.ts';

export interface RunningServer {
  /** `http://host:port` as bound (the real port when 0 was asked for). */
  readonly url: string;
  readonly port: number;
  readonly storage: Storage;
  readonly sync: SyncServer;
  /** This server's part in a cluster: null on SQLite (a server alone). */
  readonly cluster: Cluster | null;
  readonly metrics: ServerMetrics;
  /** Stops accepting, closes every connection, compacts and closes storage. */
  close(): Promise<void>;
}

/**
 * Sent with every response. The CSP allows no inline script; inline style attributes stay allowed
 * because ProseMirror positions carets and selections with them. No CORS header is ever sent: the
 * API answers its own origin only.
 */
const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** HTTP API, built client and sync endpoint on one port (DESIGN.md, "Processes and configuration"). */
export async function startParleyServer(
  config: ServerConfig,
  log: Logger = createLogger(config.logLevel),
  /** Another storage than the settings' (tests inject faults through this); closed with the server. */
  injectedStorage?: Storage,
) {
  // PostgreSQL is reached and its schema upgraded before anything listens; SQLite opens at once.
  const metrics = new ServerMetrics();
  const opened = injectedStorage ?? (await openStorage(config, log));
  // Measured from outside; what several servers share (leases, the fence) is the engine's own.
  const storage = measuredStorage(opened, metrics);
  try {
    return await serve(config, log, storage, metrics, isShared(opened) ? opened : null);
  } catch (error) {
    await storage.close();
    throw error;
  }
}

/** Storage several servers may share (PostgreSQL): it keeps session leases and fences writes. */
function isShared(storage: Storage): storage is Storage & SharedStorage {
  return 'leases' in storage && 'fenceWith' in storage;
}

async function serve(
  config: ServerConfig,
  log: Logger,
  storage: Storage,
  metrics: ServerMetrics,
  shared: SharedStorage | null,
) {
  const secret = loadSecret(config.dataDir, config.secret);
  const signer = new TokenSigner(secret);
  // Requests wait for the cluster to be joined (right after listening, when the port is known).
  let cluster: Cluster | null = null;
  const tryAgain = (error: unknown): error is TryAgainLater | NotOwnerError =>
    error instanceof NotOwnerError || error instanceof TryAgainLater;
  let joined: Promise<void> = Promise.resolve();
  const claims = shared
    ? {
        claim: (sessionId: string) => cluster?.ownership.claim(sessionId) ?? Promise.resolve(),
        release: (sessionId: string) => cluster?.ownership.release(sessionId),
        lostDocuments: (docNames: readonly string[]) => cluster?.ownership.lostDocuments(docNames),
      }
    : undefined;
  const sync = new SyncServer({
    limits: config.limits,
    maxDocumentBytes: config.limits.maxDocumentBytes,
    storage,
    signer,
    log,
    maxMessageBytes: config.maxMessageBytes,
    idleUnloadMs: config.idleUnloadMs,
    compactAfterUpdates: config.compactAfterUpdates,
    policy: countGateRefusals(
      (plenaries) => ({
        ...negotiationPolicy(plenaries, storage, log),
        // A silence deadline lives in the plenary: its timer is armed when the plenary is loaded.
        plenaryLoaded: (sessionId) => void silence.follow(sessionId),
      }),
      metrics,
    ),
    claims,
  });
  const commands = new CommandQueue();
  const silence = new SilenceWatch({
    storage,
    documents: sync.rooms,
    commands,
    findSession: (sessionId) => storage.getSession(sessionId),
    log,
  });
  const ownedSessions = () => cluster?.ownership.owned() ?? loadedSessions(sync.rooms);
  metrics.readFrom({ connections: () => sync.connectionCount, documentsLoaded: () => sync.rooms.size, ownedSessions });
  let health = healthRoute({
    serverId: config.serverId ?? 'local',
    ownedSessions,
    probeStorage: storageProbe(storage),
  });
  const api: ApiContext = {
    config,
    storage,
    signer,
    log,
    createLimiter: new RateLimiter(config.createPerMinute, 60_000),
    joinLimiter: new RateLimiter(config.joinsPerMinute, 60_000),
    documents: sync.rooms,
    speakingTime: new SpeakingTime(storage, floorReader(sync.rooms), log),
    commands,
    silence,
    leases: claims,
  };

  const trustedProxies: ReadonlySet<string> = new Set(config.trustedProxies.map(plainAddress));
  const server = http.createServer((request, response) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
    noteClientAddress(request, trustedProxies);
    routeInCluster(request, response).catch((error: unknown) => {
      if (tryAgain(error)) {
        log.warn('http.try_again', { method: request.method, path: pathOf(request), error: error.message });
        if (!response.headersSent) {
          response.setHeader('Retry-After', '1');
          sendJson(response, 503, { error: `try again in a moment: ${error.message}` });
        }
        return;
      }
      if (error instanceof Refusal) {
        const status = refusalStatus(error.kind);
        log.warn('http.refused', { method: request.method, path: pathOf(request), status, error: error.message });
        if (!response.headersSent)
          sendJson(response, status, { error: error.message, ...(error.why ? { why: error.why } : {}) });
        return;
      }
      log.error('http.failed', { method: request.method, path: pathOf(request), error: errorMessage(error) });
      if (!response.headersSent) sendJson(response, 500, { error: 'internal error' });
    });
  });
  // Half-open or slow-loris requests are cut off instead of holding sockets forever.
  server.headersTimeout = 15_000;
  server.requestTimeout = 30_000;
  server.keepAliveTimeout = 5_000;
  // One listener for every upgraded socket, made outside the upgrade handler: a closure made inside it
  // would share the handler's context, and the socket, which keeps the listener for the connection's
  // life, would keep the upgrade request with it (its headers, the URL with the token): about 1 KiB
  // per idle connection, measured with a heap snapshot (issue 17).
  const onUpgradeSocketError = (error: Error) => log.warn('upgrade.socket_error', { error: errorMessage(error) });
  server.on('upgrade', (request, socket, head) => {
    socket.on('error', onUpgradeSocketError);
    noteClientAddress(request, trustedProxies);
    if (!pathOf(request).startsWith(SYNC_PATH_PREFIX)) {
      rejectUpgrade(socket, new Refusal('notFound', 'WebSocket connections go to /sync/<document>'));
      return;
    }
    const origin = request.headers.origin;
    if (origin !== undefined && !originAllowed(origin, request.headers.host, config.allowedOrigins)) {
      log.warn('upgrade.refused', { status: 403, error: 'origin not allowed', origin: origin.slice(0, 100) });
      rejectUpgrade(socket, new Refusal('forbidden', 'this origin may not open Parley documents'));
      return;
    }
    const serveHere = async () => {
      const refused = await sync.handleUpgrade(request, socket, head);
      if (refused) rejectUpgrade(socket, refused);
    };
    const session = sessionOfDocument(decodeURIComponent(pathOf(request).slice(SYNC_PATH_PREFIX.length)));
    joined
      .then(() => (cluster ? cluster.upgrade(request, socket, head, session, serveHere) : serveHere()))
      .catch((error: unknown) => {
        if (tryAgain(error)) {
          sync.refuseForNow(request, socket, head, error.message);
          return;
        }
        // Storage failed while checking the token: the client retries as after any dropped connection.
        log.error('upgrade.failed', { error: errorMessage(error) });
        socket.destroy();
      });
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  if (shared) {
    const advertiseHost = ['0.0.0.0', '::'].includes(config.host) ? os.hostname() : host;
    // The cluster's code (and its Redis client) is loaded only when joining one: a server alone never
    // holds it in memory (issue 17).
    joined = import('./cluster/Cluster.ts')
      .then((loaded) => {
        return loaded.Cluster.join({
          settings: {
            serverId: config.serverId ?? `${os.hostname()}-${port}`,
            advertiseUrl: config.advertiseUrl ?? `http://${advertiseHost}:${port}`,
            redisUrl: config.redisUrl,
            leaseMs: config.leaseMs,
          },
          storage: shared,
          secret,
          log,
          onLost: (sessionIds) => sync.rooms.evictSessions(sessionIds),
        });
      })
      .then((member) => {
        cluster = member;
        member.observeForwarding({
          forwarded: (kind, seconds) => metrics.forwardSeconds.observe({ kind }, seconds),
          forwardedOpen: (change) => metrics.forwardedConnections.inc(change),
        });
        const directory = member.directory;
        health = healthRoute({
          serverId: member.settings.serverId,
          ownedSessions,
          probeStorage: storageProbe(storage),
          probeRedis: directory ? () => directory.ping() : undefined,
        });
      });
    try {
      await joined;
    } catch (error) {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      throw error;
    }
  }

  let closing: Promise<void> | null = null;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      api.speakingTime.close();
      api.silence.close();
      await sync.close();
      server.closeAllConnections();
      await stopped;
      // After the rooms were stored under their leases: other servers may take the sessions at once.
      await cluster?.close();
      await storage.close();
      log.info('server.stopped');
    })();
    return closing;
  };
  return {
    url: `http://${host}:${port}`,
    port,
    storage,
    sync,
    metrics,
    get cluster() {
      return cluster;
    },
    close,
  } satisfies RunningServer;

  /** A session's requests go to the server that owns it (`Cluster.request`); the rest are served here. */
  async function routeInCluster(request: http.IncomingMessage, response: http.ServerResponse) {
    await joined;
    const session = /^\/api\/sessions\/([^/]+)\//.exec(`${pathOf(request)}/`)?.[1];
    if (cluster === null || session === undefined) return route(api, request, response);
    return cluster.request(request, response, decodeURIComponent(session), () => route(api, request, response));
  }

  async function route(context: ApiContext, request: http.IncomingMessage, response: http.ServerResponse) {
    const path = pathOf(request);
    if (path === '/healthz' && request.method === 'GET') return health(response);
    if (path === '/metrics' && request.method === 'GET') return getMetrics(metrics, response);
    // Clients align countdowns (time-boxes, speaking time) to the server's clock.
    if (path === '/api/time' && request.method === 'GET') return sendJson(response, 200, { now: Date.now() });
    if (path === '/api/sessions' && request.method === 'POST') return postSession(context, request, response);
    const sessionRoute =
      /^\/api\/sessions\/([^/]+)(\/join|\/commands|\/invites|\/audit|\/versions|\/versions\/compare|\/presence|\/participants|\/authors|\/notices|\/notices\/read|\/changes|\/changes\/seen|\/export|\/import|\/import\/preview|\/verify)?$/.exec(
        path,
      );
    const clauseRoute = /^\/api\/sessions\/([^/]+)\/clauses\/([^/]+)\/history(\/at)?$/.exec(path);
    if (clauseRoute && request.method === 'GET') {
      const [, id = '', clauseId = '', at] = clauseRoute;
      if (at) return getClauseAt(context, request, response, id, decodeURIComponent(clauseId));
      return getClauseHistory(context, request, response, id, decodeURIComponent(clauseId));
    }
    if (sessionRoute) {
      const [, id = '', action = ''] = sessionRoute;
      const route = `${request.method} ${action}`;
      if (route === 'POST /join') return postJoin(context, request, response, id);
      if (route === 'GET ') return getSession(context, request, response, id);
      if (route === 'POST /commands') return postCommand(context, request, response, id);
      if (route === 'GET /invites') return getInvites(context, request, response, id);
      if (route === 'GET /audit') return getAudit(context, request, response, id);
      if (route === 'GET /presence') return getPresence(context, request, response, id);
      if (route === 'GET /authors') return getAuthors(context, request, response, id);
      if (route === 'GET /participants') return getParticipants(context, request, response, id);
      if (route === 'GET /notices') return getNotices(context, request, response, id);
      if (route === 'POST /notices/read') return postNoticesRead(context, request, response, id);
      if (route === 'GET /changes') return getChanges(context, request, response, id);
      if (route === 'POST /changes/seen') return postChangesSeen(context, request, response, id);
      if (route === 'GET /export') return getExport(context, request, response, id);
      if (route === 'GET /verify') return getVerify(context, request, response, id);
      if (route === 'GET /versions') return getVersions(context, request, response, id);
      if (route === 'POST /import/preview') return postImportPreview(context, request, response, id);
      if (route === 'POST /import') return postImport(context, request, response, id);
      if (route === 'GET /versions/compare') return getComparison(context, request, response, id);
      throw new Refusal('notAllowed', `${request.method} is not allowed on ${path}`);
    }
    if (path.startsWith('/api/')) throw new Refusal('notFound', `no such endpoint: ${request.method} ${path}`);
    if (config.clientDir && serveStatic(config.clientDir, request, response)) return;
    throw new Refusal('notFound', 'not found');
  }
}

/**
 * Browsers send `Origin` with every WebSocket handshake, and a page of another site could otherwise
 * open a participant's documents with their token. Allowed: the server's own origin (the Host the
 * request came to) and any origin listed in PARLEY_ALLOWED_ORIGINS. Clients without `Origin`
 * (programs, not browsers) are not affected.
 */
function originAllowed(origin: string, host: string | undefined, allowed: readonly string[]): boolean {
  if (allowed.includes(origin)) return true;
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}

function pathOf(request: http.IncomingMessage): string {
  return new URL(request.url ?? '/', 'http://localhost').pathname;
}
