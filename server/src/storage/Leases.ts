/**
 * Ownership of a session's documents across servers (issue 16). One server at a time holds a
 * session's lease and is the only one that loads, judges and stores its documents; the lease key is
 * the session id (its plenary's document name), since the gate judges a breakout room against the
 * plenary and both must live in one process.
 */
export interface Lease {
  readonly key: string;
  readonly owner: string;
  /** Incremented by every take-over: what an append is fenced with. */
  readonly epoch: number;
}

/** A lease another server holds, as read now. */
export interface LeaseHolder {
  readonly owner: string;
  readonly epoch: number;
  /** Milliseconds until it expires by the database's clock (0: expired, free to take). */
  readonly expiresInMs: number;
}

export type LeaseClaim = { readonly taken: Lease } | { readonly heldBy: LeaseHolder };

/** Where leases live (PostgreSQL's `document_leases`); expiry is the store's clock, never a server's. */
export interface LeaseStore {
  /**
   * Takes the lease when it is free, expired, or already this owner's, or (`supersede`) when it is
   * still at that epoch: its holder was found dead before the lease ran out. Every take increments
   * the epoch, so a holder taken for dead wrongly is fenced, never doubled.
   */
  claim(key: string, owner: string, ttlMs: number, supersede?: number): Promise<LeaseClaim>;
  /** Extends the leases still held as given (same owner and epoch); answers the keys extended. */
  renew(leases: readonly Lease[], ttlMs: number): Promise<Set<string>>;
  /** Lets the lease go at once (it stays with its epoch, expired), if still held as given. */
  release(lease: Lease): Promise<void>;
  /** The current holders of these keys (free keys are absent). */
  read(keys: readonly string[]): Promise<Map<string, LeaseHolder>>;
}

/**
 * What the storage checks every append and compaction against: the lease this server holds for the
 * document's session, or null when it holds none (the write is refused without being tried).
 */
export interface DocumentFence {
  leaseOf(docName: string): Lease | null;
}

/** An append or compaction refused because this server no longer holds these sessions' leases. */
export class LeaseLostError extends Error {
  constructor(readonly keys: readonly string[]) {
    super(`this server no longer holds the lease of ${keys.join(', ')}`);
    this.name = 'LeaseLostError';
  }
}

/** Storage that several servers may share: it keeps leases and fences writes with them. */
export interface SharedStorage {
  readonly leases: LeaseStore;
  /** From now on, every append and compaction is checked against this fence. */
  fenceWith(fence: DocumentFence): void;
}
