/**
 * WebSocket close codes and reasons the server sends and the client explains to its user. The 44xx
 * codes mirror the HTTP status a person would recognise and mean "reconnecting cannot help" (the
 * convention y-websocket's provider follows: it stops instead of retrying); 45xx mean "try again".
 */
export interface CloseEvent {
  readonly code: number;
  readonly reason: string;
}

export const CloseCodes = {
  /** A frame over the size limit: 44xx so the provider stops instead of resending it forever. */
  MessageTooBig: { code: 4413, reason: 'Message too big' },
  /** What `ws` itself sends for a frame far over the limit, before Parley sees it. */
  FrameTooBig: { code: 1009, reason: 'Message too big' },
  ServerShuttingDown: { code: 1001, reason: 'Server shutting down' },
  MalformedMessage: { code: 4400, reason: 'Malformed message' },
  Unauthorized: { code: 4401, reason: 'Unauthorized' },
  Forbidden: { code: 4403, reason: 'Forbidden' },
  DocumentNotFound: { code: 4404, reason: 'Document not found' },
  Removed: { code: 4410, reason: 'Removed from the session' },
  StorageFailed: { code: 4500, reason: 'Storage failed; edit not kept' },
  /**
   * Another server of a cluster serves the session now, or none can be reached this moment: the
   * provider reconnects, and its edits not yet stored are sent again to whichever server serves it.
   */
  SessionMoved: { code: 4503, reason: 'Session moved to another server; reconnecting' },
  TryAgainLater: { code: 4503, reason: 'The session cannot be reached now; reconnecting' },
  /** Too many messages: a 45xx code, so the provider reconnects (and resends) after a pause. */
  RateLimited: { code: 4529, reason: 'Too many messages; slow down' },
} as const satisfies Record<string, CloseEvent>;

/** Close reasons are limited to 123 bytes by RFC 6455; keep the useful start. */
export function closeReason(base: string, detail?: string): string {
  const text = detail ? `${base}: ${detail}` : base;
  const bytes = new TextEncoder().encode(text);
  if (bytes.length <= 123) return text;
  return `${new TextDecoder().decode(bytes.slice(0, 119)).replace(/\uFFFD$/, '')}...`;
}

/** Codes after which reconnecting would only repeat the refusal: the client stops and explains. */
export function isTerminalClose(code: number): boolean {
  return (code >= 4400 && code < 4500) || code === CloseCodes.FrameTooBig.code;
}

/** The final codes Parley itself sends, for places that want a list rather than a test. */
export const TERMINAL_CLOSE_CODES: ReadonlySet<number> = new Set(
  Object.values(CloseCodes)
    .map((event) => event.code)
    .filter(isTerminalClose),
);
