import type { Storage } from '../storage/Storage.ts';
import type { ServerMetrics } from './ServerMetrics.ts';

/**
 * The server's storage, counting the updates it stores and timing each turn's append, so that
 * `PersistQueue` and the engines stay unaware of metrics. On the hot path it adds one
 * `performance.now()` pair and a counter and histogram update per turn; every other method is passed
 * through as it is. Implements `Storage` whole: a method added to the interface must be added here.
 */
export class MeasuredStorage implements Storage {
  constructor(
    private readonly inner: Storage,
    private readonly metrics: Pick<ServerMetrics, 'updatesStored' | 'storageAppendSeconds'>,
  ) {}

  appendUpdates(...args: Parameters<Storage['appendUpdates']>): Promise<number[]> {
    const started = performance.now();
    return this.inner.appendUpdates(...args).then((seqs) => {
      this.metrics.storageAppendSeconds.observe((performance.now() - started) / 1000);
      this.metrics.updatesStored.inc(args[0].length);
      return seqs;
    });
  }

  /** A single update (a new session's first state): counted, not timed as a turn. */
  appendUpdate(...args: Parameters<Storage['appendUpdate']>): Promise<number> {
    return this.inner.appendUpdate(...args).then((seq) => {
      this.metrics.updatesStored.inc();
      return seq;
    });
  }

  close(): void | Promise<void> {
    return this.inner.close();
  }

  // Document store, passed through.
  loadDocument(...args: Parameters<Storage['loadDocument']>) {
    return this.inner.loadDocument(...args);
  }
  compact(...args: Parameters<Storage['compact']>) {
    return this.inner.compact(...args);
  }
  countUpdates(...args: Parameters<Storage['countUpdates']>) {
    return this.inner.countUpdates(...args);
  }
  loadClientBindings(...args: Parameters<Storage['loadClientBindings']>) {
    return this.inner.loadClientBindings(...args);
  }
  bindClient(...args: Parameters<Storage['bindClient']>) {
    return this.inner.bindClient(...args);
  }
  lastClauseHistory(...args: Parameters<Storage['lastClauseHistory']>) {
    return this.inner.lastClauseHistory(...args);
  }
  newestClauseHistory(...args: Parameters<Storage['newestClauseHistory']>) {
    return this.inner.newestClauseHistory(...args);
  }
  listClauseHistory(...args: Parameters<Storage['listClauseHistory']>) {
    return this.inner.listClauseHistory(...args);
  }
  clauseHistoryAt(...args: Parameters<Storage['clauseHistoryAt']>) {
    return this.inner.clauseHistoryAt(...args);
  }
  clauseHistorySince(...args: Parameters<Storage['clauseHistorySince']>) {
    return this.inner.clauseHistorySince(...args);
  }
  saveVersion(...args: Parameters<Storage['saveVersion']>) {
    return this.inner.saveVersion(...args);
  }
  listVersions(...args: Parameters<Storage['listVersions']>) {
    return this.inner.listVersions(...args);
  }
  loadVersion(...args: Parameters<Storage['loadVersion']>) {
    return this.inner.loadVersion(...args);
  }

  // Session store, passed through.
  createSession(...args: Parameters<Storage['createSession']>) {
    return this.inner.createSession(...args);
  }
  getSession(...args: Parameters<Storage['getSession']>) {
    return this.inner.getSession(...args);
  }
  getInvite(...args: Parameters<Storage['getInvite']>) {
    return this.inner.getInvite(...args);
  }
  listInvites(...args: Parameters<Storage['listInvites']>) {
    return this.inner.listInvites(...args);
  }
  addInvite(...args: Parameters<Storage['addInvite']>) {
    return this.inner.addInvite(...args);
  }
  revokeInvite(...args: Parameters<Storage['revokeInvite']>) {
    return this.inner.revokeInvite(...args);
  }
  addParticipant(...args: Parameters<Storage['addParticipant']>) {
    return this.inner.addParticipant(...args);
  }
  getParticipant(...args: Parameters<Storage['getParticipant']>) {
    return this.inner.getParticipant(...args);
  }
  listParticipants(...args: Parameters<Storage['listParticipants']>) {
    return this.inner.listParticipants(...args);
  }
  removeParticipant(...args: Parameters<Storage['removeParticipant']>) {
    return this.inner.removeParticipant(...args);
  }
  appendAudit(...args: Parameters<Storage['appendAudit']>) {
    return this.inner.appendAudit(...args);
  }
  listAudit(...args: Parameters<Storage['listAudit']>) {
    return this.inner.listAudit(...args);
  }
  listAuditAfter(...args: Parameters<Storage['listAuditAfter']>) {
    return this.inner.listAuditAfter(...args);
  }
  noticesReadUpTo(...args: Parameters<Storage['noticesReadUpTo']>) {
    return this.inner.noticesReadUpTo(...args);
  }
  markNoticesRead(...args: Parameters<Storage['markNoticesRead']>) {
    return this.inner.markNoticesRead(...args);
  }
  lastVisit(...args: Parameters<Storage['lastVisit']>) {
    return this.inner.lastVisit(...args);
  }
  recordVisit(...args: Parameters<Storage['recordVisit']>) {
    return this.inner.recordVisit(...args);
  }
}

/** The storage the server uses, measured into `metrics`. */
export function measuredStorage(storage: Storage, metrics: ServerMetrics): Storage {
  return new MeasuredStorage(storage, metrics);
}
