import type { PartyId, SessionId } from '../ids.ts';
import { ID_PATTERN } from '../ids.ts';

/**
 * The documents of a session, as named in sync URLs (DESIGN.md "Sync"):
 * `<sessionId>` plenary, `<sessionId>/caucus/<partyId>` one party's room, `<sessionId>/mediator` notes,
 * `<sessionId>/group/<breakoutId>` a working group's room while it is open.
 */
export type DocRef =
  | { readonly kind: 'plenary'; readonly sessionId: SessionId }
  | { readonly kind: 'caucus'; readonly sessionId: SessionId; readonly partyId: PartyId }
  | { readonly kind: 'mediator'; readonly sessionId: SessionId }
  | { readonly kind: 'group'; readonly sessionId: SessionId; readonly breakoutId: string };

export function parseDocName(name: string): DocRef | null {
  const parts = name.split('/');
  const sessionId = parts[0];
  if (sessionId === undefined || !ID_PATTERN.test(sessionId)) return null;
  const session = sessionId as SessionId;
  if (parts.length === 1) return { kind: 'plenary', sessionId: session };
  if (parts.length === 2 && parts[1] === 'mediator') return { kind: 'mediator', sessionId: session };
  const id = parts[2];
  if (parts.length !== 3 || id === undefined || !ID_PATTERN.test(id)) return null;
  if (parts[1] === 'caucus') return { kind: 'caucus', sessionId: session, partyId: id as PartyId };
  if (parts[1] === 'group') return { kind: 'group', sessionId: session, breakoutId: id };
  return null;
}

export function docName(ref: DocRef): string {
  switch (ref.kind) {
    case 'plenary':
      return ref.sessionId;
    case 'caucus':
      return `${ref.sessionId}/caucus/${ref.partyId}`;
    case 'mediator':
      return `${ref.sessionId}/mediator`;
    case 'group':
      return `${ref.sessionId}/group/${ref.breakoutId}`;
  }
}
