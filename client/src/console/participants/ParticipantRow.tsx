import { useConsole } from '../ConsoleContext.ts';
import { seatLabel } from '../presence/seatLabel.ts';
import { Refusal } from '../ui/Refusal.tsx';
import { useCommand } from '../useCommand.ts';
import type { OnlinePerson } from './ParticipantsSection.tsx';

/** One participant: seat, rooms, and (for others than mediators) mute and remove. */
export function ParticipantRow({ person, muted, isYou }: { person: OnlinePerson; muted: boolean; isYou: boolean }) {
  const { parties, presence } = useConsole();
  const command = useCommand();
  const moderated = !isYou && person.role !== 'mediator';
  return (
    <li className="mc-item" data-testid="console-participant" data-participant-id={person.participantId}>
      <div className="mc-item__head">
        <span className="mc-item__title" data-testid="console-participant-name">
          {person.name}
          {isYou && ' (you)'}
        </span>
        {muted && (
          <span className="mc-tag mc-tag--alert" data-testid="console-muted">
            Muted
          </span>
        )}
      </div>
      <p className="mc-item__meta">
        {seatLabel(person.role, person.partyId, parties)}
        {person.rooms.length > 0 && ` · in ${person.rooms.join(', ')}`}
      </p>
      {moderated && (
        <div className="mc-row">
          <button
            type="button"
            className="mc-button"
            disabled={command.busy}
            aria-pressed={muted}
            aria-label={muted ? `Unmute ${person.name}` : `Mute ${person.name}`}
            data-testid="console-mute"
            onClick={() =>
              void command.run({
                type: muted ? 'participant.unmute' : 'participant.mute',
                participantId: person.participantId,
              })
            }
          >
            {muted ? 'Unmute' : 'Mute'}
          </button>
          <button
            type="button"
            className="mc-button mc-button--danger"
            disabled={command.busy}
            aria-label={`Remove ${person.name} from the session`}
            data-testid="console-remove-participant"
            onClick={async () => {
              if (!window.confirm(`Remove ${person.name} from the session? They are disconnected at once.`)) return;
              const removed = await command.run({ type: 'participant.remove', participantId: person.participantId });
              if (removed !== null) presence.forget(person.participantId);
            }}
          >
            Remove
          </button>
        </div>
      )}
      <Refusal error={command.error} />
    </li>
  );
}
