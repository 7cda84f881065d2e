import { Refusal } from '../ui/Refusal.tsx';
import { useCommand } from '../useCommand.ts';

/** One request for the floor: give it now, or take the speaker off the list. */
export function SpeakerRow({
  participantId,
  name,
  pointOfOrder,
}: {
  participantId: string;
  name: string;
  pointOfOrder: boolean;
}) {
  const command = useCommand();
  return (
    <li className="mc-item" data-testid="console-speaker" data-participant-id={participantId}>
      <div className="mc-item__head">
        <span className="mc-item__title" data-testid="console-speaker-entry-name">
          {name}
        </span>
        {pointOfOrder && <span className="mc-tag mc-tag--alert">Point of order</span>}
      </div>
      <div className="mc-row">
        <button
          type="button"
          className="mc-button"
          disabled={command.busy}
          aria-label={`Give the floor to ${name}`}
          data-testid="console-give-floor"
          onClick={() => void command.run({ type: 'floor.give', participantId })}
        >
          Give the floor
        </button>
        <button
          type="button"
          className="mc-button mc-button--quiet"
          disabled={command.busy}
          aria-label={`Take ${name} off the speakers’ list`}
          data-testid="console-lower-hand"
          onClick={() => void command.run({ type: 'queue.lowerHand', participantId })}
        >
          Take off the list
        </button>
      </div>
      <Refusal error={command.error} />
    </li>
  );
}
