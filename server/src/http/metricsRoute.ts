import type { ServerResponse } from 'node:http';
import type { ServerMetrics } from '../metrics/ServerMetrics.ts';

/** `GET /metrics`: the server's metrics in Prometheus's text format (0.0.4), for scraping. */
export async function getMetrics(metrics: Pick<ServerMetrics, 'exposition' | 'contentType'>, response: ServerResponse) {
  const text = await metrics.exposition();
  response.writeHead(200, {
    'Content-Type': metrics.contentType,
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  response.end(text);
}
