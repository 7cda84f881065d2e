import { createClient } from 'redis';
import type { Logger } from '../log.ts';
import { errorMessage } from '../log.ts';
import type { Lease } from '../storage/Leases.ts';

const SERVER_KEY = (id: string) => `parley:server:${id}`;
const LEASES_CHANNEL = 'parley:leases';

/**
 * node-redis's per-command timeout only covers commands not yet written, so a stalled Redis is found
 * by `socketTimeout` (nothing received for that long closes the socket and fails what was in flight),
 * with a PING every 500 ms so an idle connection never looks stalled. Without the offline queue a
 * command on a lost connection fails at once instead of waiting for Redis to come back.
 */
const SOCKET_TIMEOUT_MS = 2_000;

function connectClient(url: string, log: Logger, role: string) {
  const client = createClient({
    url,
    socket: { socketTimeout: SOCKET_TIMEOUT_MS, connectTimeout: SOCKET_TIMEOUT_MS, reconnectStrategy: 250 },
    pingInterval: 500,
    disableOfflineQueue: true,
  });
  let down = false;
  // Reported here as well as to the commands they fail; without a listener they would crash the server.
  client.on('error', (error: unknown) => {
    if (down) return;
    down = true;
    log.warn('redis.unreachable', { role, error: errorMessage(error) });
  });
  client.on('ready', () => {
    if (down) log.info('redis.reachable', { role });
    down = false;
  });
  return client;
}

type RedisClient = ReturnType<typeof connectClient>;

export interface ServerDirectoryOptions {
  readonly redisUrl: string;
  readonly serverId: string;
  /** Where the other servers reach this one (`http://host:port`). */
  readonly advertiseUrl: string;
  /** A server missing this long is taken for gone (it writes its entry every third of it). */
  readonly heartbeatMs: number;
  readonly log: Logger;
}

/**
 * Which servers are alive and where (issue 16), kept in Redis: every server writes its address under
 * an expiring key and rewrites it while it lives. Forwarding reads an owner's address here; a lease
 * taken is published, so servers forwarding to the former owner move their connections at once.
 * Leases themselves are in PostgreSQL: losing Redis stops forwarding, never ownership.
 */
export class ServerDirectory {
  private readonly heartbeat: NodeJS.Timeout;
  private readonly listeners = new Set<(lease: Lease) => void>();

  private constructor(
    private readonly options: ServerDirectoryOptions,
    private readonly client: RedisClient,
    private readonly subscriber: RedisClient,
  ) {
    this.heartbeat = setInterval(() => void this.announce(), Math.max(50, Math.floor(options.heartbeatMs / 3)));
    this.heartbeat.unref();
  }

  /** Connects (failing when Redis is unreachable at start), announces this server and subscribes. */
  static async connect(options: ServerDirectoryOptions): Promise<ServerDirectory> {
    const client = connectClient(options.redisUrl, options.log, 'directory');
    const subscriber = connectClient(options.redisUrl, options.log, 'bus');
    try {
      await Promise.all([client.connect(), subscriber.connect()]);
      const directory = new ServerDirectory(options, client, subscriber);
      await subscriber.subscribe(LEASES_CHANNEL, (message) => directory.heard(message));
      await directory.announce();
      return directory;
    } catch (error) {
      client.destroy();
      subscriber.destroy();
      throw error;
    }
  }

  private async announce(): Promise<void> {
    try {
      await this.client.set(SERVER_KEY(this.options.serverId), JSON.stringify({ url: this.options.advertiseUrl }), {
        expiration: { type: 'PX', value: this.options.heartbeatMs },
      });
    } catch {
      // Logged once by the client's error listener; the next beat tries again.
    }
  }

  /** The address of a live server, or null when it is gone. Throws when Redis cannot be asked. */
  async addressOf(serverId: string): Promise<string | null> {
    const value = await this.client.get(SERVER_KEY(serverId));
    if (value === null) return null;
    try {
      const parsed: unknown = JSON.parse(value);
      if (typeof parsed === 'object' && parsed !== null && 'url' in parsed && typeof parsed.url === 'string') {
        return parsed.url;
      }
    } catch {
      // Not ours: treated as absent.
    }
    return null;
  }

  /** Tells every server a lease was taken (best effort: they also notice from the lease itself). */
  announceLease(lease: Lease): void {
    this.client.publish(LEASES_CHANNEL, JSON.stringify(lease)).catch((error: unknown) => {
      this.options.log.debug('redis.publish_failed', { error: errorMessage(error) });
    });
  }

  onLeaseTaken(listener: (lease: Lease) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private heard(message: string): void {
    let lease: Lease;
    try {
      const parsed = JSON.parse(message) as Partial<Lease>;
      if (typeof parsed.key !== 'string' || typeof parsed.owner !== 'string' || typeof parsed.epoch !== 'number')
        return;
      lease = { key: parsed.key, owner: parsed.owner, epoch: parsed.epoch };
    } catch {
      return;
    }
    for (const listener of this.listeners) listener(lease);
  }

  /** Answers when Redis does (for /healthz, which times it). */
  async ping(): Promise<void> {
    await this.client.ping();
  }

  /** Leaves the directory at once (other servers stop forwarding here) and disconnects. */
  async close(): Promise<void> {
    clearInterval(this.heartbeat);
    await this.client.del(SERVER_KEY(this.options.serverId)).catch(() => undefined);
    this.client.destroy();
    this.subscriber.destroy();
  }
}
