import type { Awareness } from 'y-protocols/awareness';
import { useMessages } from '../../i18n/useMessages.ts';
import { describeRole } from '../../participant/describeRole.ts';
import { usePresence } from './usePresence.ts';

/** "Here now": the others connected to the plenary, each with their seat at the table. */
export function PresenceList({
  awareness,
  parties,
}: {
  awareness: Awareness;
  parties: readonly { readonly id: string; readonly name: string }[];
}) {
  const people = usePresence(awareness);
  const { text } = useMessages();
  return (
    <section className="presence" aria-labelledby="presence-heading">
      <h2 id="presence-heading" className="presence__heading">
        {text('presence.heading')}
      </h2>
      {people.length === 0 ? (
        <p className="presence__empty">{text('presence.nobody')}</p>
      ) : (
        <ul className="presence__list" data-testid="presence">
          {people.map((person) => (
            <li key={person.key} className="presence__person" data-testid="present-participant">
              <span className="swatch" style={{ backgroundColor: person.color }} aria-hidden="true" />
              <span className="presence__name">{person.name}</span>
              {person.role !== null && (
                <span className="presence__role">
                  {describeRole({ role: person.role, partyId: person.partyId ?? undefined }, parties, text)}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
