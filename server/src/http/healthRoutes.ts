import type { ServerResponse } from 'node:http';
import type { HealthAnswer, SessionId, StoreReachability } from '@parley/shared';
import type { SessionStore } from '../storage/SessionStore.ts';
import { sendJson } from './json.ts';

/** A probe slower than this counts as unreachable: a load balancer polls with a short timeout of its own. */
export const PROBE_TIMEOUT_MS = 1_000;

/** A check that resolves when its store answered, and rejects (or hangs) when it cannot. */
export type Probe = () => Promise<unknown>;

/** What `GET /healthz` reports, from wherever it lives. */
export interface HealthSources {
  /** This server's id (PARLEY_SERVER_ID in a cluster). */
  readonly serverId: string;
  /** The sessions this server serves itself (in a cluster: whose lease it holds). */
  readonly ownedSessions: () => readonly string[];
  readonly probeStorage: Probe;
  /** Absent (`redis: null` in the answer) when the server runs without Redis. */
  readonly probeRedis?: Probe | undefined;
}

/** The cheapest read every engine has: a session that does not exist. */
export function storageProbe(storage: Pick<SessionStore, 'getSession'>): Probe {
  return () => storage.getSession('healthz-probe' as SessionId);
}

/**
 * `GET /healthz`: 200 `{status:'ok', server, owns, storage, redis}` as long as the process serves,
 * whatever its stores say (DESIGN.md keeps the 200). A load balancer taking servers out when the
 * shared database blips would take all of them out at once, while each still serves the documents it
 * holds (edits are held and land when storage returns); reachability is reported for operators.
 */
export function healthRoute(sources: HealthSources): (response: ServerResponse) => Promise<void> {
  const storage = singleFlight(sources.probeStorage);
  const redis = sources.probeRedis ? singleFlight(sources.probeRedis) : null;
  return async (response) => {
    const [storageReach, redisReach] = await Promise.all([reach(storage), redis ? reach(redis) : null]);
    const answer: HealthAnswer = {
      status: 'ok',
      server: sources.serverId,
      owns: [...sources.ownedSessions()],
      storage: storageReach,
      redis: redisReach,
    };
    sendJson(response, 200, answer);
  };
}

/**
 * One probe of a store at a time: health checks arriving while a slow store has not answered wait
 * for the same query instead of piling more onto it. One older than the timeout is left to finish
 * on its own and a new one starts, so a query that never returns cannot hold the answer forever.
 */
function singleFlight(probe: Probe): Probe {
  let inFlight: { readonly started: number; readonly answered: Promise<unknown> } | null = null;
  return () => {
    const now = performance.now();
    if (inFlight && now - inFlight.started < PROBE_TIMEOUT_MS) return inFlight.answered;
    const answered: Promise<unknown> = new Promise((resolve) => resolve(probe())).finally(() => {
      if (inFlight?.answered === answered) inFlight = null;
    });
    inFlight = { started: now, answered };
    return answered;
  };
}

async function reach(probe: Probe): Promise<StoreReachability> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS);
  });
  const reachable = await Promise.race([
    probe().then(
      () => true,
      () => false,
    ),
    timedOut,
  ]);
  clearTimeout(timer);
  return { reachable, ms: Math.round((performance.now() - started) * 10) / 10 };
}
