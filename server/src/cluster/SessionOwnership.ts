import type { Logger } from '../log.ts';
import { errorMessage } from '../log.ts';
import type { DocumentFence, Lease, LeaseHolder, LeaseStore } from '../storage/Leases.ts';

/** The session a document belongs to: the plenary's name, or the first segment of a breakout room's. */
export function sessionOfDocument(docName: string): string {
  const slash = docName.indexOf('/');
  return slash < 0 ? docName : docName.slice(0, slash);
}

/** Another server holds the session's lease: the caller forwards to it, or waits for it to expire. */
export class NotOwnerError extends Error {
  constructor(
    readonly sessionId: string,
    readonly holder: LeaseHolder,
  ) {
    super(`session ${sessionId} is held by server ${holder.owner}`);
    this.name = 'NotOwnerError';
  }
}

interface OwnershipOptions {
  readonly serverId: string;
  readonly leases: LeaseStore;
  /** How long a lease lasts unrenewed; renewed every third of it. */
  readonly leaseMs: number;
  readonly log: Logger;
  /** Sessions this server found it no longer holds (taken over while it was paused or cut off). */
  readonly onLost: (sessionIds: readonly string[]) => void;
  /** A lease was taken (to tell the other servers, whose forwarded connections then move). */
  readonly onTaken?: (lease: Lease) => void;
}

/**
 * The sessions this server owns (issue 16): a lease per session, taken before any of its documents is
 * loaded, renewed while the server lives, let go when the session's last document is unloaded. It is
 * also the storage's fence: a document may be written only under the lease of its session.
 */
export class SessionOwnership implements DocumentFence {
  private readonly held = new Map<string, Lease>();
  private readonly claiming = new Map<string, Promise<Lease>>();
  /** Sessions whose holder was found dead, with the epoch it held: the next claim may supersede it. */
  private readonly deadHolders = new Map<string, number>();
  private readonly renewal: NodeJS.Timeout;
  private renewing = false;
  private closed = false;

  constructor(private readonly options: OwnershipOptions) {
    this.renewal = setInterval(() => void this.renewAll(), Math.max(50, Math.floor(options.leaseMs / 3)));
    this.renewal.unref();
  }

  get serverId(): string {
    return this.options.serverId;
  }

  holds(sessionId: string): boolean {
    return this.held.has(sessionId);
  }

  /** The sessions whose lease this server holds. */
  owned(): string[] {
    return [...this.held.keys()];
  }

  leaseOf(docName: string): Lease | null {
    return this.held.get(sessionOfDocument(docName)) ?? null;
  }

  /** Takes the session's lease unless held already; throws `NotOwnerError` when another server holds it. */
  async claim(sessionId: string): Promise<void> {
    if (this.held.has(sessionId)) return;
    const under = this.claiming.get(sessionId);
    if (under) {
      await under;
      return;
    }
    const claim = this.take(sessionId).finally(() => this.claiming.delete(sessionId));
    this.claiming.set(sessionId, claim);
    await claim;
  }

  /**
   * The session's holder at `epoch` refused a connection (its port is closed: the process is gone):
   * the next claim takes the lease at once instead of waiting for it to expire. Should the holder be
   * alive after all, fencing refuses its next write and its clients move.
   */
  holderFoundDead(sessionId: string, epoch: number): void {
    this.deadHolders.set(sessionId, epoch);
  }

  private async take(sessionId: string): Promise<Lease> {
    if (this.closed) throw new Error('the server is shutting down');
    const supersede = this.deadHolders.get(sessionId);
    this.deadHolders.delete(sessionId);
    const result = await this.options.leases.claim(sessionId, this.options.serverId, this.options.leaseMs, supersede);
    if ('heldBy' in result) throw new NotOwnerError(sessionId, result.heldBy);
    this.held.set(sessionId, result.taken);
    this.options.log.info('lease.taken', { session: sessionId, epoch: result.taken.epoch });
    this.options.onTaken?.(result.taken);
    return result.taken;
  }

  /** The session's last document was unloaded: another server may take it at once. */
  release(sessionId: string): void {
    const lease = this.held.get(sessionId);
    if (!lease) return;
    this.held.delete(sessionId);
    this.options.leases.release(lease).then(
      () => this.options.log.debug('lease.released', { session: sessionId, epoch: lease.epoch }),
      // It then expires on its own, a lease's length later.
      (error: unknown) =>
        this.options.log.warn('lease.release_failed', { session: sessionId, error: errorMessage(error) }),
    );
  }

  /** The storage refused a write under these documents' leases: they are someone else's now. */
  lostDocuments(docNames: readonly string[]): void {
    const sessions = [...new Set(docNames.map(sessionOfDocument))].filter((session) => this.held.has(session));
    this.lose(sessions, 'fenced');
  }

  private lose(sessionIds: readonly string[], how: 'fenced' | 'not renewed'): void {
    if (sessionIds.length === 0) return;
    for (const session of sessionIds) {
      this.options.log.warn('lease.lost', { session, epoch: this.held.get(session)?.epoch, how });
      this.held.delete(session);
    }
    this.options.onLost(sessionIds);
  }

  private async renewAll(): Promise<void> {
    if (this.renewing || this.held.size === 0) return;
    this.renewing = true;
    const leases = [...this.held.values()];
    try {
      const renewed = await this.options.leases.renew(leases, this.options.leaseMs);
      // Only what was held at the start and is still held as then: a lease let go meanwhile is not "lost".
      const lost = leases.filter((lease) => !renewed.has(lease.key) && this.held.get(lease.key) === lease);
      this.lose(
        lost.map((lease) => lease.key),
        'not renewed',
      );
    } catch (error) {
      // The database is unreachable: nobody else can take the lease either, and every write is fenced.
      this.options.log.warn('lease.renew_failed', { sessions: leases.length, error: errorMessage(error) });
    } finally {
      this.renewing = false;
    }
  }

  /** Shutdown: lets every lease go, so other servers take the sessions without waiting for expiry. */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.renewal);
    const leases = [...this.held.values()];
    this.held.clear();
    await Promise.allSettled(leases.map((lease) => this.options.leases.release(lease)));
  }
}
