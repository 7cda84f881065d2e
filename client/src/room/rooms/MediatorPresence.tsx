import type { Role } from '@parley/shared';
import type { PresentParticipant } from '../presence/usePresence.ts';

/**
 * Whether a mediator is in the caucus now, live from the room's presence: a delegation speaks
 * differently among themselves than with the mediator listening, so the room says it plainly rather
 * than leave it to a name in the list of who is here.
 */
export function MediatorPresence({ people, yourRole }: { people: readonly PresentParticipant[]; yourRole: Role }) {
  const mediators = people.filter((person) => person.role === 'mediator');
  const here = yourRole === 'mediator' || mediators.length > 0;
  const words =
    yourRole === 'mediator'
      ? 'You are here now as the mediator: the delegation sees that you are in their caucus.'
      : mediators.length > 0
        ? `The mediator is here now (${mediators.map((person) => person.name).join(', ')}).`
        : 'No mediator is in this caucus now.';
  return (
    <p
      className={`room-view__mediator${here ? ' room-view__mediator--here' : ''}`}
      role="status"
      data-testid="caucus-mediator"
      data-here={here}
    >
      {words}
    </p>
  );
}
