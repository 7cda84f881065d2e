import crypto from 'node:crypto';
import { healthAnswerSchema } from '@parley/shared';
import { type PostgresServer, startPostgres } from '../../src/helpers/postgresServer.ts';
import { type RedisServer, startRedis } from '../../src/helpers/redisServer.ts';
import { type BenchServer, startBenchServer } from '../load/benchServers.ts';
import { findProcess, treeCpuSeconds } from './processTree.ts';

/** PostgreSQL and Redis as the cluster tests start them, with their CPU readable from /proc. */
export interface Backing {
  readonly postgres: PostgresServer;
  readonly redis: RedisServer;
  /** CPU seconds used so far by PostgreSQL (all its processes) and Redis together. */
  cpuSeconds(): number;
  stop(): Promise<void>;
}

export async function startBacking(): Promise<Backing> {
  const [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
  const postmaster = findProcess(new RegExp(`postgres .*-p ${postgres.port} `));
  const redisPid = findProcess(new RegExp(`redis-server .*:${redis.port}\\b`));
  if (postmaster === null || redisPid === null) {
    await Promise.all([postgres.stop(), redis.stop()]);
    throw new Error('PostgreSQL or Redis not found in /proc');
  }
  return {
    postgres,
    redis,
    cpuSeconds: () => treeCpuSeconds(postmaster) + treeCpuSeconds(redisPid),
    stop: async () => {
      await Promise.all([postgres.stop(), redis.stop()]);
    },
  };
}

export interface ClusterMember extends BenchServer {
  readonly id: string;
}

/** Parley servers on one database (and, for a cluster, one Redis), as in production: `tsx src/main.ts` each. */
export interface BenchCluster {
  readonly members: readonly ClusterMember[];
  member(id: string): ClusterMember;
  /** Which server owns each session now, by `GET /healthz` `owns` of every live server. */
  owners(): Promise<Map<string, string>>;
  /** SIGKILL, as a machine dies; the member stays listed (dead) until `restart`. */
  kill(id: string): void;
  /** Starts a killed member again under its id, on a new port. */
  restart(id: string): Promise<ClusterMember>;
  stop(): Promise<void>;
}

export async function startBenchCluster(options: {
  readonly databaseUrl: string;
  /** Null: one server on PostgreSQL without Redis (the single-server baseline). */
  readonly redisUrl: string | null;
  readonly count: number;
}): Promise<BenchCluster> {
  const secret = crypto.randomBytes(24).toString('base64url');
  const start = async (id: string): Promise<ClusterMember> => {
    const server = await startBenchServer('parley', {
      HOST: '127.0.0.1',
      PARLEY_DATABASE_URL: options.databaseUrl,
      PARLEY_SECRET: secret,
      PARLEY_SERVER_ID: id,
      ...(options.redisUrl ? { PARLEY_REDIS_URL: options.redisUrl } : {}),
    });
    return { ...server, id };
  };
  const members = await Promise.all(Array.from({ length: options.count }, (_v, i) => start(`s${i}`)));
  const dead = new Set<string>();
  const member = (id: string) => {
    const found = members.find((m) => m.id === id);
    if (!found) throw new Error(`no server ${id}`);
    return found;
  };
  return {
    members,
    member,
    async owners() {
      const owners = new Map<string, string>();
      for (const m of members.filter((live) => !dead.has(live.id))) {
        const health = healthAnswerSchema.parse(await (await fetch(`${m.httpUrl}/healthz`)).json());
        for (const session of health.owns) owners.set(session, health.server);
      }
      return owners;
    },
    kill(id) {
      process.kill(member(id).pid, 'SIGKILL');
      dead.add(id);
    },
    async restart(id) {
      const index = members.findIndex((m) => m.id === id);
      await members[index]?.stop();
      const started = await start(id);
      members[index] = started;
      dead.delete(id);
      return started;
    },
    async stop() {
      await Promise.all(members.map((m) => m.stop()));
    },
  };
}
