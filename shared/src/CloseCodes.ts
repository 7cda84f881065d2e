/**
 * WebSocket close codes and reasons the server sends and the client explains to its user. The 44xx
 * codes mirror the HTTP status a person would recognise; 1009 is the standard "message too big".
 */
export interface CloseEvent {
  readonly code: number;
  readonly reason: string;
}

export const CloseCodes = {
  /** Sent by `ws` itself when a frame exceeds `maxPayload`; the client must not resend it. */
  MessageTooBig: { code: 1009, reason: 'Message too big' },
  ServerShuttingDown: { code: 1001, reason: 'Server shutting down' },
  MalformedMessage: { code: 4400, reason: 'Malformed message' },
  Unauthorized: { code: 4401, reason: 'Unauthorized' },
  Forbidden: { code: 4403, reason: 'Forbidden' },
  DocumentNotFound: { code: 4404, reason: 'Document not found' },
  Removed: { code: 4410, reason: 'Removed from the session' },
  StorageFailed: { code: 4500, reason: 'Storage failed; edit not kept' },
} as const satisfies Record<string, CloseEvent>;

/** Close reasons are limited to 123 bytes by RFC 6455; keep the useful start. */
export function closeReason(base: string, detail?: string): string {
  const text = detail ? `${base}: ${detail}` : base;
  const bytes = new TextEncoder().encode(text);
  if (bytes.length <= 123) return text;
  return `${new TextDecoder().decode(bytes.slice(0, 119)).replace(/\uFFFD$/, '')}...`;
}

/** Codes after which reconnecting would only repeat the refusal: the client stops and explains. */
export const TERMINAL_CLOSE_CODES: ReadonlySet<number> = new Set([
  CloseCodes.MessageTooBig.code,
  CloseCodes.Unauthorized.code,
  CloseCodes.DocumentNotFound.code,
  CloseCodes.Removed.code,
]);
