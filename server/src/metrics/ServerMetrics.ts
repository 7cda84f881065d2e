import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from './promClient.ts';

/**
 * What the gauges read when Prometheus scrapes: nothing is counted on the hot path for them, the
 * numbers are taken from where they already live.
 */
export interface MetricSources {
  /** WebSocket connections open now (`SyncServer.connectionCount`). */
  readonly connections: () => number;
  /** Documents (rooms) in memory now (`RoomRegistry.size`). */
  readonly documentsLoaded: () => number;
  /** The sessions this server serves itself (in a cluster: whose lease it holds). */
  readonly ownedSessions: () => readonly string[];
}

/** Labels of `parley_gate_refusals_total`: a small fixed set, never a document or a person. */
export type GateRefusalLabels = 'document' | 'role';
export type ForwardKind = 'websocket' | 'http';

/** SQLite's turn takes ~50 µs, PostgreSQL's ~1 ms, a stalled one up to its 10 s query timeout. */
const STORAGE_BUCKETS = [
  0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10,
];
const FORWARD_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

let processRegistry: Registry | null = null;

/**
 * prom-client's default metrics (CPU, RSS, heap, event loop lag, GC, handles) describe the process,
 * not one server in it, and their collectors (a GC observer, an event-loop monitor) are never
 * stopped: one set per process, shared by every server it runs (tests run several in one process).
 */
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

/**
 * One server's Prometheus metrics, in a registry of its own (not prom-client's global one, so that
 * servers sharing a process keep their own counts). Served at `GET /metrics` with the process's
 * default metrics after them.
 */
export class ServerMetrics {
  private readonly registry = new Registry();
  private sources: MetricSources | null = null;

  /** Updates stored (every entry of every turn appended, and each session's first state). */
  readonly updatesStored: Counter;
  /** Client updates the gate refused, by document kind and the sender's role. */
  readonly gateRefusals: Counter<GateRefusalLabels>;
  /** Time to store one turn (`appendUpdates`: one transaction), in seconds. */
  readonly storageAppendSeconds: Histogram;
  /**
   * Time to set up a connection (`kind: 'websocket'`) or request (`kind: 'http'`) forwarded to the
   * session's owner, in seconds: from receiving it to the owner's socket being piped. The cluster
   * feeds it.
   */
  readonly forwardSeconds: Histogram<'kind'>;
  /** Connections forwarded to another server and open now (inc when piped, dec when closed). */
  readonly forwardedConnections: Gauge;

  constructor() {
    const registers = [this.registry];
    const read = (source: (sources: MetricSources) => number) => (this.sources ? source(this.sources) : 0);
    new Gauge({
      name: 'parley_connections',
      help: 'WebSocket connections open on this server.',
      registers,
      collect() {
        this.set(read((s) => s.connections()));
      },
    });
    new Gauge({
      name: 'parley_documents_loaded',
      help: 'Documents (plenaries and breakout rooms) in memory on this server.',
      registers,
      collect() {
        this.set(read((s) => s.documentsLoaded()));
      },
    });
    new Gauge({
      name: 'parley_sessions_owned',
      help: 'Sessions this server serves itself (in a cluster: holds the lease of).',
      registers,
      collect() {
        this.set(read((s) => s.ownedSessions().length));
      },
    });
    this.updatesStored = new Counter({
      name: 'parley_updates_total',
      help: 'Document updates stored.',
      registers,
    });
    this.gateRefusals = new Counter({
      name: 'parley_gate_refusals_total',
      help: "Client updates the update gate refused, by document kind and the sender's role.",
      labelNames: ['document', 'role'],
      registers,
    });
    this.storageAppendSeconds = new Histogram({
      name: 'parley_storage_append_seconds',
      help: "Time to store one event-loop turn's updates (one storage transaction).",
      buckets: STORAGE_BUCKETS,
      registers,
    });
    this.forwardSeconds = new Histogram({
      name: 'parley_forward_seconds',
      help: "Time to set up a connection or request forwarded to the session's owning server.",
      labelNames: ['kind'],
      buckets: FORWARD_BUCKETS,
      registers,
    });
    for (const kind of ['websocket', 'http'] satisfies ForwardKind[]) this.forwardSeconds.zero({ kind });
    this.forwardedConnections = new Gauge({
      name: 'parley_forwarded_connections',
      help: 'Connections forwarded to another server and open now.',
      registers,
    });
  }

  /** Where the gauges read from; set once the sync server exists (the storage is measured before). */
  readFrom(sources: MetricSources): void {
    this.sources = sources;
  }

  /** The Prometheus text exposition format (0.0.4). */
  readonly contentType = Registry.PROMETHEUS_CONTENT_TYPE;

  async exposition(): Promise<string> {
    const [own, process] = await Promise.all([this.registry.metrics(), processMetrics().metrics()]);
    return `${own}\n${process}`;
  }
}
