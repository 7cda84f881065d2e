import type { Role } from '@parley/shared';
import { useState } from 'react';
import { useMessages } from '../../i18n/useMessages.ts';
import { useIdentity } from '../../state/IdentityContext.ts';
import { useModeration } from '../../state/useModeration.ts';
import { useConsole } from '../ConsoleContext.ts';
import { roomLabel } from '../presence/roomLabel.ts';
import { seatLabel } from '../presence/seatLabel.ts';
import { ParticipantRow } from './ParticipantRow.tsx';
import type { ReplacementLink } from './ReplacementLinks.tsx';
import { ReplacementLinks } from './ReplacementLinks.tsx';

/** One participant of the session, with every room they have open (none when offline). */
export interface SeatedPerson {
  readonly participantId: string;
  readonly name: string;
  readonly role: Role;
  readonly partyId: string | null;
  readonly rooms: readonly string[];
  readonly online: boolean;
}

const ROLE_ORDER: Readonly<Record<Role, number>> = {
  mediator: 0,
  delegate: 1,
  observer: 2,
  languageServices: 3,
};

/**
 * Everyone who joined (from the roster), online or not, with the rooms they are in; the mediator can
 * mute or remove people who are offline too. Removed participants are listed apart, by name.
 */
export function ParticipantsSection() {
  const { you } = useIdentity();
  const { roots, presence, roster, parties } = useConsole();
  const { mutes, breakouts } = useModeration(roots);
  const { text } = useMessages();
  const [replacements, setReplacements] = useState<readonly ReplacementLink[]>([]);
  const partyIndex = (partyId: string | null) =>
    partyId === null ? -1 : parties.findIndex((party) => party.id === partyId);
  const byPerson = new Map<string, SeatedPerson>();
  for (const entry of roster.people.values()) {
    if (entry.removed) continue;
    const { participantId, name, role } = entry;
    byPerson.set(participantId, {
      participantId,
      name,
      role,
      partyId: entry.partyId ?? null,
      rooms: [],
      online: false,
    });
  }
  // Presence is polled by the console itself and is the fresher of the two: it seats newcomers at once.
  for (const entry of presence.online ?? []) {
    const room = roomLabel(entry.doc, parties, breakouts, text);
    const known = byPerson.get(entry.participantId);
    if (roster.people.get(entry.participantId)?.removed === true) continue;
    byPerson.set(entry.participantId, {
      participantId: entry.participantId,
      name: entry.name,
      role: entry.role,
      partyId: entry.partyId,
      rooms: known ? [...known.rooms, room] : [room],
      online: true,
    });
  }
  const people = [...byPerson.values()].sort(
    (a, b) =>
      Number(b.online) - Number(a.online) ||
      ROLE_ORDER[a.role] - ROLE_ORDER[b.role] ||
      partyIndex(a.partyId) - partyIndex(b.partyId) ||
      a.name.localeCompare(b.name),
  );
  const removed = [...roster.people.values()].filter((entry) => entry.removed);

  return (
    <div className="mc-stack">
      {presence.error !== null && (
        <p className="mc-refusal" role="alert">
          {text('console.participants.presenceError', { reason: presence.error })}
        </p>
      )}
      {roster.error !== null && (
        <p className="mc-refusal" role="alert">
          {text('console.participants.rosterError', { reason: roster.error })}
        </p>
      )}
      <ReplacementLinks links={replacements} />
      {presence.online === null && roster.people.size === 0 ? (
        <p className="mc-empty">{text('console.participants.loading')}</p>
      ) : (
        <ul className="mc-list" aria-label={text('console.participants.list')} data-testid="console-online">
          {people.map((person) => (
            <ParticipantRow
              key={person.participantId}
              person={person}
              muted={mutes.includes(person.participantId)}
              isYou={person.participantId === you.participantId}
              onReplaced={(link) => setReplacements((previous) => [link, ...previous])}
            />
          ))}
        </ul>
      )}
      {removed.length > 0 && (
        <>
          <h4 className="mc-subheading">{text('console.participants.removed')}</h4>
          <ul className="mc-list mc-list--plain" aria-label={text('console.participants.removedList')}>
            {removed.map((entry) => (
              <li key={entry.participantId} className="mc-item__meta" data-testid="console-removed-participant">
                {entry.name} · {seatLabel(entry.role, entry.partyId ?? null, parties, text)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
