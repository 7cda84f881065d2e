import { useMessages } from '../../i18n/useMessages.ts';
import { useCommand } from '../../state/useCommand.ts';
import { Refusal } from '../ui/Refusal.tsx';

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
  const { text } = useMessages();
  return (
    <li className="mc-item" data-testid="console-speaker" data-participant-id={participantId}>
      <div className="mc-item__head">
        <span className="mc-item__title" data-testid="console-speaker-entry-name">
          {name}
        </span>
        {pointOfOrder && <span className="mc-tag mc-tag--alert">{text('console.floor.pointOfOrder')}</span>}
      </div>
      <div className="mc-row">
        <button
          type="button"
          className="mc-button"
          disabled={command.pending}
          aria-label={text('console.floor.giveLabel', { name })}
          data-testid="console-give-floor"
          onClick={() => void command.send({ type: 'floor.give', participantId })}
        >
          {text('console.floor.give')}
        </button>
        <button
          type="button"
          className="mc-button mc-button--quiet"
          disabled={command.pending}
          aria-label={text('console.floor.takeOffLabel', { name })}
          data-testid="console-lower-hand"
          onClick={() => void command.send({ type: 'queue.lowerHand', participantId })}
        >
          {text('console.floor.takeOff')}
        </button>
      </div>
      <Refusal error={command.error} />
    </li>
  );
}
