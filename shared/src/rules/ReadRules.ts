import type { SessionId } from '../ids.ts';
import type { Participant } from '../Participant.ts';
import type { DocRef } from '../sync/DocName.ts';

/**
 * Who may open which document of a session: the plenary for every participant; a party's caucus for
 * its delegates and the mediators; the mediators' notes for mediators only; a working group's room
 * for the mediators and its members while it is open (`groupMembers` gives them, null once closed).
 */
export function mayRead(
  who: Participant & { readonly sessionId: SessionId },
  doc: DocRef,
  groupMembers: (breakoutId: string) => readonly string[] | null = () => null,
): boolean {
  if (doc.sessionId !== who.sessionId) return false;
  switch (doc.kind) {
    case 'plenary':
      return true;
    case 'caucus':
      return who.role === 'mediator' || (who.role === 'delegate' && who.partyId === doc.partyId);
    case 'mediator':
      return who.role === 'mediator';
    case 'group': {
      const members = groupMembers(doc.breakoutId);
      return members !== null && (who.role === 'mediator' || members.includes(who.participantId));
    }
  }
}
