import type { Role } from '@parley/shared';
import { useIntl } from 'react-intl';
import { useMessages } from '../../i18n/useMessages.ts';
import type { PresentParticipant } from '../presence/usePresence.ts';

/**
 * Whether a mediator is in the caucus now, live from the room's presence: a delegation speaks
 * differently among themselves than with the mediator listening, so the room says it plainly rather
 * than leave it to a name in the list of who is here.
 */
export function MediatorPresence({ people, yourRole }: { people: readonly PresentParticipant[]; yourRole: Role }) {
  const { text } = useMessages();
  const intl = useIntl();
  const mediators = people.filter((person) => person.role === 'mediator');
  const here = yourRole === 'mediator' || mediators.length > 0;
  const words =
    yourRole === 'mediator'
      ? text('rooms.mediator.you')
      : mediators.length > 0
        ? text('rooms.mediator.here', {
            names: intl.formatList(
              mediators.map((person) => person.name),
              { type: 'unit' },
            ),
          })
        : text('rooms.mediator.none');
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
