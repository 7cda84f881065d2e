import path from 'node:path';
import { z } from 'zod';
import type { LogLevel } from './log.ts';

/** Settings from the environment (DESIGN.md, "Processes and configuration"); README lists them all. */
export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  /** The secret's directory, and SQLite's when no database URL is set. */
  readonly dataDir: string;
  /**
   * `postgres://…`: sessions and documents in PostgreSQL (issue 16) instead of SQLite in `dataDir`.
   * Unset (the default): SQLite.
   */
  readonly databaseUrl?: string | undefined;
  /** Cluster (issue 16): Redis for the server directory and lease news; unset: no forwarding. */
  readonly redisUrl?: string | undefined;
  /** This server's id in the cluster (leases name it); default `<hostname>-<port>` as bound. */
  readonly serverId?: string | undefined;
  /** Where the other servers reach this one; default `http://<host>:<port>` as bound. */
  readonly advertiseUrl?: string | undefined;
  /** How long a session lease lasts unrenewed (renewed every third of it). */
  readonly leaseMs: number;
  /** Overrides the secret stored in the data directory. */
  readonly secret: string | undefined;
  /** When set, creating a session needs `Authorization: Bearer <createToken>`. */
  readonly createToken: string | undefined;
  /** Largest WebSocket message accepted; larger ones close the connection with 1009. */
  readonly maxMessageBytes: number;
  readonly maxHttpBodyBytes: number;
  /** A document with no connection for this long is compacted and unloaded from memory. */
  readonly idleUnloadMs: number;
  /** Compact a document's update log once it holds this many rows. */
  readonly compactAfterUpdates: number;
  /** Sessions one address may create per minute when no create token is configured. */
  readonly createPerMinute: number;
  /** Joins one address may make per minute. */
  readonly joinsPerMinute: number;
  /** Directory of the built client, served at `/`; null to serve the API only. */
  readonly clientDir: string | null;
  readonly logLevel: LogLevel;
  /** Load balancers whose `X-Forwarded-For` names the client (per-address limits count that address). */
  readonly trustedProxies: readonly string[];
  /** Browser origins besides the server's own that may open sync connections (e.g. a dev server). */
  readonly allowedOrigins: readonly string[];
  /** Limits per connection and per address (issue 8). */
  readonly limits: ConnectionLimits;
}

export interface ConnectionLimits {
  /** Sync messages a connection may send per second (sustained; twice that in a burst). */
  readonly updatesPerSecond: number;
  /** Presence messages a connection may send per second; more are dropped, not refused. */
  readonly presencePerSecond: number;
  /** Unsent bytes queued for a connection before it is dropped as a reader that stopped reading. */
  readonly maxBufferedBytes: number;
  readonly maxConnectionsPerAddress: number;
  /** Largest document (encoded state plus updates since it was loaded). */
  readonly maxDocumentBytes: number;
}

export const DEFAULT_LIMITS: ConnectionLimits = {
  updatesPerSecond: 200,
  presencePerSecond: 30,
  maxBufferedBytes: 16 * 1024 * 1024,
  maxConnectionsPerAddress: 2000,
  maxDocumentBytes: 64 * 1024 * 1024,
};

const intFromEnv = (fallback: number) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value === '') return fallback;
      const parsed = Number(value);
      if (!Number.isInteger(parsed) || parsed < 0) {
        ctx.addIssue({ code: 'custom', message: `expected a non-negative integer, got "${value}"` });
        return z.NEVER;
      }
      return parsed;
    });

const envSchema = z.object({
  PORT: intFromEnv(1234),
  HOST: z.string().default('127.0.0.1'),
  PARLEY_DATA_DIR: z.string().default('./data'),
  PARLEY_DATABASE_URL: z
    .string()
    .optional()
    .transform((value) => value || undefined)
    .refine((value) => value === undefined || /^postgres(ql)?:\/\//.test(value), {
      message: 'expected a postgres:// or postgresql:// URL',
    }),
  PARLEY_REDIS_URL: z
    .string()
    .optional()
    .transform((value) => value || undefined)
    .refine((value) => value === undefined || /^rediss?:\/\//.test(value), {
      message: 'expected a redis:// or rediss:// URL',
    }),
  PARLEY_SERVER_ID: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,64}$/, 'letters, digits, dot, dash or underscore, at most 64')
    .optional(),
  PARLEY_ADVERTISE_URL: z.url({ protocol: /^http$/ }).optional(),
  PARLEY_LEASE_MS: intFromEnv(3_000),
  PARLEY_SECRET: z.string().min(16, 'PARLEY_SECRET must be at least 16 characters').optional(),
  PARLEY_CREATE_TOKEN: z.string().min(1).optional(),
  PARLEY_MAX_MESSAGE_BYTES: intFromEnv(2 * 1024 * 1024),
  PARLEY_IDLE_UNLOAD_MS: intFromEnv(30_000),
  PARLEY_COMPACT_AFTER: intFromEnv(500),
  PARLEY_CREATE_PER_MINUTE: intFromEnv(30),
  PARLEY_JOINS_PER_MINUTE: intFromEnv(120),
  PARLEY_CLIENT_DIR: z.string().optional(),
  PARLEY_LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  PARLEY_ALLOWED_ORIGINS: z.string().default(''),
  PARLEY_TRUSTED_PROXIES: z.string().default(''),
  PARLEY_UPDATES_PER_SECOND: intFromEnv(DEFAULT_LIMITS.updatesPerSecond),
  PARLEY_PRESENCE_PER_SECOND: intFromEnv(DEFAULT_LIMITS.presencePerSecond),
  PARLEY_MAX_BUFFERED_BYTES: intFromEnv(DEFAULT_LIMITS.maxBufferedBytes),
  PARLEY_MAX_CONNECTIONS_PER_ADDRESS: intFromEnv(DEFAULT_LIMITS.maxConnectionsPerAddress),
  PARLEY_MAX_DOCUMENT_BYTES: intFromEnv(DEFAULT_LIMITS.maxDocumentBytes),
});

export function configFromEnv(env: NodeJS.ProcessEnv, defaultClientDir: string | null): ServerConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  if (e.PARLEY_REDIS_URL && !e.PARLEY_DATABASE_URL) {
    throw new Error(
      'invalid configuration: PARLEY_REDIS_URL needs PARLEY_DATABASE_URL (servers of a cluster share PostgreSQL)',
    );
  }
  if (e.PARLEY_REDIS_URL && !e.PARLEY_SECRET) {
    throw new Error(
      'invalid configuration: a cluster needs PARLEY_SECRET, the same on every server (a token signed by one is verified by all)',
    );
  }
  return {
    port: e.PORT,
    host: e.HOST,
    // pnpm runs package scripts inside the package; relative paths mean the directory the user was in.
    dataDir: path.resolve(env.INIT_CWD ?? process.cwd(), e.PARLEY_DATA_DIR),
    databaseUrl: e.PARLEY_DATABASE_URL,
    redisUrl: e.PARLEY_REDIS_URL,
    serverId: e.PARLEY_SERVER_ID,
    advertiseUrl: e.PARLEY_ADVERTISE_URL,
    leaseMs: Math.max(300, e.PARLEY_LEASE_MS),
    secret: e.PARLEY_SECRET,
    createToken: e.PARLEY_CREATE_TOKEN,
    maxMessageBytes: e.PARLEY_MAX_MESSAGE_BYTES,
    maxHttpBodyBytes: 64 * 1024,
    idleUnloadMs: e.PARLEY_IDLE_UNLOAD_MS,
    compactAfterUpdates: Math.max(1, e.PARLEY_COMPACT_AFTER),
    createPerMinute: e.PARLEY_CREATE_PER_MINUTE,
    joinsPerMinute: e.PARLEY_JOINS_PER_MINUTE,
    clientDir: e.PARLEY_CLIENT_DIR === undefined ? defaultClientDir : e.PARLEY_CLIENT_DIR || null,
    logLevel: e.PARLEY_LOG_LEVEL,
    trustedProxies: e.PARLEY_TRUSTED_PROXIES.split(',')
      .map((address) => address.trim())
      .filter(Boolean),
    allowedOrigins: e.PARLEY_ALLOWED_ORIGINS.split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    limits: {
      updatesPerSecond: e.PARLEY_UPDATES_PER_SECOND,
      presencePerSecond: e.PARLEY_PRESENCE_PER_SECOND,
      maxBufferedBytes: e.PARLEY_MAX_BUFFERED_BYTES,
      maxConnectionsPerAddress: e.PARLEY_MAX_CONNECTIONS_PER_ADDRESS,
      maxDocumentBytes: e.PARLEY_MAX_DOCUMENT_BYTES,
    },
  };
}
