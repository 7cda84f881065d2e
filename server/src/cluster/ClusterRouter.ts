import type { LeaseStore } from '../storage/Leases.ts';
import type { ServerDirectory } from './ServerDirectory.ts';
import type { SessionOwnership } from './SessionOwnership.ts';

/** Where a request for a session is served. */
export type SessionRoute =
  /** Here: this server holds the lease, or nobody does (loading the session takes it). */
  | { readonly kind: 'local' }
  /** At the owner, a live server at `url`; `epoch` is the lease it holds (forwarded connections follow it). */
  | { readonly kind: 'remote'; readonly owner: string; readonly url: string; readonly epoch: number }
  /** Nowhere now; the client should try again shortly (the reason says why, for the log and the client). */
  | { readonly kind: 'unavailable'; readonly reason: string };

interface RouterOptions {
  readonly ownership: SessionOwnership;
  readonly leases: LeaseStore;
  /** Null without Redis: no server can be found, so sessions owned elsewhere cannot be reached. */
  readonly directory: ServerDirectory | null;
  readonly leaseMs: number;
}

const POLL_MS = 100;

/**
 * Decides, per session, whether this server serves a request or forwards it (issue 16). When the
 * owner is gone (absent from the directory, or refusing connections) but its lease has not run out
 * yet, the request waits for the lease to expire (at most one lease length), and is then served here:
 * that wait is most of a failover.
 */
export class ClusterRouter {
  /** Owners found unreachable, until when (ms): taken for gone though their directory entry lasts. */
  private readonly unreachable = new Map<string, number>();
  /** Owners whose port refused a connection (the process is dead), until when (ms). */
  private readonly dead = new Map<string, number>();

  constructor(private readonly options: RouterOptions) {}

  async route(sessionId: string): Promise<SessionRoute> {
    const { ownership, leases, directory } = this.options;
    const deadline = Date.now() + this.options.leaseMs + 1_000;
    for (;;) {
      if (ownership.holds(sessionId)) return { kind: 'local' };
      const holder = (await leases.read([sessionId])).get(sessionId);
      if (holder === undefined || holder.expiresInMs === 0 || holder.owner === ownership.serverId) {
        return { kind: 'local' };
      }
      if (this.isListed(this.dead, holder.owner)) {
        // No need to wait out a dead process's lease: supersede the epoch it held.
        ownership.holderFoundDead(sessionId, holder.epoch);
        return { kind: 'local' };
      }
      if (directory === null) {
        return {
          kind: 'unavailable',
          reason: `the session is served by server ${holder.owner}, and no Redis is configured to reach it`,
        };
      }
      if (!this.isListed(this.unreachable, holder.owner)) {
        let url: string | null;
        try {
          url = await directory.addressOf(holder.owner);
        } catch {
          return { kind: 'unavailable', reason: 'the cluster bus (Redis) is unreachable' };
        }
        if (url !== null) return { kind: 'remote', owner: holder.owner, url, epoch: holder.epoch };
      }
      if (Date.now() + holder.expiresInMs > deadline) {
        return { kind: 'unavailable', reason: `server ${holder.owner} is gone and still holds the session's lease` };
      }
      await new Promise((resolve) => setTimeout(resolve, Math.min(POLL_MS, holder.expiresInMs + 10)));
    }
  }

  /**
   * Forwarding to `owner` failed to connect. Refused (its port closed): the process is dead, and its
   * sessions are taken at once. Otherwise (a timeout, a network error): it may be alive, so its
   * sessions are served here only once its lease expires. Either way, for a lease's length.
   */
  markUnreachable(owner: string, refused: boolean): void {
    (refused ? this.dead : this.unreachable).set(owner, Date.now() + this.options.leaseMs);
  }

  private isListed(list: Map<string, number>, owner: string): boolean {
    const until = list.get(owner);
    if (until === undefined) return false;
    if (until > Date.now()) return true;
    list.delete(owner);
    return false;
  }
}
