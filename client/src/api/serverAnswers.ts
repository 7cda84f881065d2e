/**
 * News that the Parley server answers again: any HTTP answer from it (a refusal too) or a sync
 * connection that opened. A message such as "Could not reach the server" subscribes here and goes
 * away on its own once this fires, rather than outliving its cause until the next click.
 */
const listeners = new Set<() => void>();

/** Called by the one request function and by the sync connections when the server is heard from. */
export function noteServerAnswered(): void {
  for (const listener of [...listeners]) listener();
}

/** Calls `listener` each time the server is heard from again; returns the unsubscribe. */
export function onServerAnswered(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/**
 * A gateway's own answer while the server behind it is down (502, 503, 504) says nothing of the
 * server; every other status came from it.
 */
export function isServerAnswer(status: number): boolean {
  return status !== 502 && status !== 503 && status !== 504;
}
