import type { SessionId } from '../ids.ts';
import type { Participant } from '../Participant.ts';
import type { DocRef } from '../sync/DocName.ts';

/**
 * Who may open which document of a session: the plenary for every participant; a party's caucus for
 * its delegates and the mediators; the mediators' notes for mediators only.
 */
export function mayRead(who: Participant & { readonly sessionId: SessionId }, doc: DocRef): boolean {
  if (doc.sessionId !== who.sessionId) return false;
  switch (doc.kind) {
    case 'plenary':
      return true;
    case 'caucus':
      return who.role === 'mediator' || (who.role === 'delegate' && who.partyId === doc.partyId);
    case 'mediator':
      return who.role === 'mediator';
  }
}
