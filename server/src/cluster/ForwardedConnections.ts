import type net from 'node:net';
import type { Logger } from '../log.ts';
import { errorMessage } from '../log.ts';
import type { Lease, LeaseStore } from '../storage/Leases.ts';

interface Forwarded {
  readonly socket: net.Socket;
  readonly owner: string;
  readonly epoch: number;
}

/**
 * The WebSocket connections this server forwards, by session, with the lease they were forwarded
 * under. When that lease changes hands (announced on the bus, or found expired or taken on a check
 * every third of a lease) the connections are cut: their clients reconnect and reach the new owner,
 * and a paused owner's clients do not wait for it to wake up.
 */
export class ForwardedConnections {
  private readonly bySession = new Map<string, Set<Forwarded>>();
  private readonly check: NodeJS.Timeout;
  private checking = false;

  constructor(
    private readonly leases: LeaseStore,
    leaseMs: number,
    private readonly log: Logger,
  ) {
    this.check = setInterval(() => void this.checkLeases(), Math.max(50, Math.floor(leaseMs / 3)));
    this.check.unref();
  }

  get size(): number {
    let n = 0;
    for (const set of this.bySession.values()) n += set.size;
    return n;
  }

  add(sessionId: string, socket: net.Socket, lease: { owner: string; epoch: number }): void {
    const entry: Forwarded = { socket, owner: lease.owner, epoch: lease.epoch };
    let set = this.bySession.get(sessionId);
    if (!set) {
      set = new Set();
      this.bySession.set(sessionId, set);
    }
    set.add(entry);
    socket.once('close', () => {
      set.delete(entry);
      if (set.size === 0 && this.bySession.get(sessionId) === set) this.bySession.delete(sessionId);
    });
  }

  /** A lease was taken (by anyone): connections forwarded under an older one are cut. */
  leaseTaken(lease: Lease): void {
    this.cut(lease.key, (entry) => entry.owner !== lease.owner || entry.epoch < lease.epoch, 'lease taken');
  }

  private cut(sessionId: string, stale: (entry: Forwarded) => boolean, why: string): void {
    const set = this.bySession.get(sessionId);
    if (!set) return;
    let cut = 0;
    for (const entry of [...set]) {
      if (!stale(entry)) continue;
      entry.socket.destroy();
      cut++;
    }
    if (cut > 0) this.log.info('forward.moved', { session: sessionId, connections: cut, why });
  }

  private async checkLeases(): Promise<void> {
    if (this.checking || this.bySession.size === 0) return;
    this.checking = true;
    try {
      const sessions = [...this.bySession.keys()];
      const holders = await this.leases.read(sessions);
      for (const session of sessions) {
        const holder = holders.get(session);
        this.cut(
          session,
          (entry) =>
            holder === undefined ||
            holder.expiresInMs === 0 ||
            holder.owner !== entry.owner ||
            holder.epoch !== entry.epoch,
          'lease expired or moved',
        );
      }
    } catch (error) {
      this.log.warn('forward.check_failed', { error: errorMessage(error) });
    } finally {
      this.checking = false;
    }
  }

  close(): void {
    clearInterval(this.check);
    for (const set of this.bySession.values()) for (const entry of set) entry.socket.destroy();
    this.bySession.clear();
  }
}
