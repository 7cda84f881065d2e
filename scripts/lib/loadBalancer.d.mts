// Types for loadBalancer.mjs, so the TypeScript tests (tests/src/cluster/loadBalancer.test.ts) use it checked.

export interface Backend {
  /** Names the backend in the affinity hash: keep it stable (the cluster uses the server id). */
  readonly id: string;
  readonly host: string;
  readonly port: number;
}

export interface Route {
  /** The session the first request named, or null (routed round robin). */
  readonly session: string | null;
  /** The first request's target, e.g. `/sync/abc?token=…`. */
  readonly target: string;
  /** Where the connection went; null when no backend took it (the client got 503). */
  readonly backend: Backend | null;
}

export interface LoadBalancerOptions {
  /** 0: any free port. */
  readonly port: number;
  /** Default 127.0.0.1. */
  readonly host?: string;
  readonly backends: readonly Backend[];
  readonly onRoute?: (route: Route) => void;
}

export interface LoadBalancer {
  readonly port: number;
  /** `http://host:port` */
  readonly url: string;
  close(): Promise<void>;
}

export function sessionOfTarget(target: string): string | null;
export function preferenceOrder<B extends Backend>(key: string, backends: readonly B[]): B[];
export function startLoadBalancer(options: LoadBalancerOptions): Promise<LoadBalancer>;
