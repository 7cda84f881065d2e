import { createRequire } from 'node:module';
import type * as PromClient from 'prom-client';

/**
 * The parts of prom-client a server uses, each required from its own file. The package's index also
 * loads its Pushgateway (https and TLS), its cluster aggregator (node:cluster, child_process), Summary
 * (tdigest) and every default metric with @opentelemetry/api: 3 MiB of a resting server's
 * memory for code Parley never runs (issue 17). The default metrics are required when first scraped.
 * The files are prom-client 15's own (`lib/<name>.js`, the modules its index re-exports); the types
 * are its index's.
 */
const require = createRequire(import.meta.url);

// require() answers `any`; each binding is given the type of the export it is.
export const Registry: typeof PromClient.Registry = require('prom-client/lib/registry');
export const Counter: typeof PromClient.Counter = require('prom-client/lib/counter');
export const Gauge: typeof PromClient.Gauge = require('prom-client/lib/gauge');
export const Histogram: typeof PromClient.Histogram = require('prom-client/lib/histogram');
export type Registry = PromClient.Registry;
export type Counter<T extends string = string> = PromClient.Counter<T>;
export type Gauge<T extends string = string> = PromClient.Gauge<T>;
export type Histogram<T extends string = string> = PromClient.Histogram<T>;

/** prom-client's `collectDefaultMetrics`, loaded on first use. */
export function collectDefaultMetrics(
  config: PromClient.DefaultMetricsCollectorConfiguration<PromClient.PrometheusContentType>,
): void {
  const collect: typeof PromClient.collectDefaultMetrics = require('prom-client/lib/defaultMetrics');
  collect(config);
}
