import type { Role } from '@parley/shared';
import { useConsole } from '../ConsoleContext.ts';
import { roomLabel } from '../presence/roomLabel.ts';
import { useModeration } from '../state/useModeration.ts';
import { ParticipantRow } from './ParticipantRow.tsx';

/** One person online, with every room they have open. */
export interface OnlinePerson {
  readonly participantId: string;
  readonly name: string;
  readonly role: Role;
  readonly partyId: string | null;
  readonly rooms: readonly string[];
}

const ROLE_ORDER: Readonly<Record<Role, number>> = { mediator: 0, delegate: 1, observer: 2 };

/** Who is online and in which room, with mute and remove; muted people who are offline stay listed. */
export function ParticipantsSection() {
  const { roots, presence, parties, you, nameOf } = useConsole();
  const { mutes, breakouts } = useModeration(roots);
  const partyIndex = (partyId: string | null) =>
    partyId === null ? -1 : parties.findIndex((party) => party.id === partyId);
  const byPerson = new Map<string, OnlinePerson>();
  for (const entry of presence.online ?? []) {
    const room = roomLabel(entry.doc, parties, breakouts);
    const known = byPerson.get(entry.participantId);
    byPerson.set(entry.participantId, {
      participantId: entry.participantId,
      name: entry.name,
      role: entry.role,
      partyId: entry.partyId,
      rooms: known ? [...known.rooms, room] : [room],
    });
  }
  const online = [...byPerson.values()].sort(
    (a, b) =>
      ROLE_ORDER[a.role] - ROLE_ORDER[b.role] ||
      partyIndex(a.partyId) - partyIndex(b.partyId) ||
      a.name.localeCompare(b.name),
  );
  const offlineMuted = mutes.filter((participantId) => !byPerson.has(participantId));

  return (
    <div className="mc-stack">
      {presence.error !== null && (
        <p className="mc-refusal" role="alert">
          Could not see who is online: {presence.error}
        </p>
      )}
      {presence.online === null ? (
        <p className="mc-empty">Looking for who is online…</p>
      ) : (
        <ul className="mc-list" aria-label="Online now" data-testid="console-online">
          {online.map((person) => (
            <ParticipantRow
              key={person.participantId}
              person={person}
              muted={mutes.includes(person.participantId)}
              isYou={person.participantId === you.participantId}
            />
          ))}
        </ul>
      )}
      {offlineMuted.length > 0 && (
        <>
          <h4 className="mc-subheading">Muted, not online</h4>
          <ul className="mc-list">
            {offlineMuted.map((participantId) => (
              <ParticipantRow
                key={participantId}
                person={{
                  participantId,
                  name: nameOf(participantId),
                  role: presence.people.get(participantId)?.role ?? 'delegate',
                  partyId: presence.people.get(participantId)?.partyId ?? null,
                  rooms: [],
                }}
                muted
                isYou={false}
              />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
