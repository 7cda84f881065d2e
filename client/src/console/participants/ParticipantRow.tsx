import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { useMessages } from '../../i18n/useMessages.ts';
import { useCommand } from '../../state/useCommand.ts';
import { useConsole } from '../ConsoleContext.ts';
import { seatLabel } from '../presence/seatLabel.ts';
import { Refusal } from '../ui/Refusal.tsx';
import type { SeatedPerson } from './ParticipantsSection.tsx';
import type { ReplacementLink } from './ReplacementLinks.tsx';
import { removalWarning } from './removalWarning.ts';

/** One participant: seat, online or not, rooms, and (for others than mediators) mute and remove. */
export function ParticipantRow({
  person,
  muted,
  isYou,
  onReplaced,
}: {
  person: SeatedPerson;
  muted: boolean;
  isYou: boolean;
  onReplaced: (link: ReplacementLink) => void;
}) {
  const { parties, presence, roster } = useConsole();
  const command = useCommand();
  const { text } = useMessages();
  const intl = useIntl();
  const keepId = useId();
  const [keepInvite, setKeepInvite] = useState(false);
  const moderated = !isYou && person.role !== 'mediator';
  const seat = seatLabel(person.role, person.partyId, parties, text);

  const remove = async () => {
    if (!window.confirm(removalWarning(person.name, seat, keepInvite, text))) return;
    const answer = await command.send({
      type: 'participant.remove',
      participantId: person.participantId,
      ...(keepInvite ? { keepInvite: true } : {}),
    });
    if (answer === null) return;
    presence.forget(person.participantId);
    roster.refresh();
    const url = answer.invite?.url ?? null;
    if (url !== null) onReplaced({ name: person.name, seat, url });
  };

  return (
    <li
      className="mc-item"
      data-testid="console-participant"
      data-participant-id={person.participantId}
      data-online={person.online}
    >
      <div className="mc-item__head">
        <span className="mc-item__title" data-testid="console-participant-name">
          {person.name}
          {isYou && ` ${text('console.participants.you')}`}
        </span>
        {!person.online && (
          <span className="mc-tag" data-testid="console-offline">
            {text('console.participants.offline')}
          </span>
        )}
        {muted && (
          <span className="mc-tag mc-tag--alert" data-testid="console-muted">
            {text('console.participants.muted')}
          </span>
        )}
      </div>
      <p className="mc-item__meta">
        {seat}
        {person.rooms.length > 0 &&
          ` · ${text('console.participants.in', { rooms: intl.formatList(person.rooms, { type: 'unit' }) })}`}
      </p>
      {moderated && (
        <div className="mc-row">
          <button
            type="button"
            className="mc-button"
            disabled={command.pending}
            aria-pressed={muted}
            aria-label={
              muted
                ? text('console.participants.unmuteLabel', { name: person.name })
                : text('console.participants.muteLabel', { name: person.name })
            }
            data-testid="console-mute"
            onClick={async () => {
              const type = muted ? 'participant.unmute' : 'participant.mute';
              if ((await command.send({ type, participantId: person.participantId })) !== null) roster.refresh();
            }}
          >
            {muted ? text('console.participants.unmute') : text('console.participants.mute')}
          </button>
          <button
            type="button"
            className="mc-button mc-button--danger"
            disabled={command.pending}
            aria-label={text('console.participants.removeLabel', { name: person.name })}
            aria-describedby={`${keepId}-hint`}
            data-testid="console-remove-participant"
            onClick={() => void remove()}
          >
            {text('console.participants.remove')}
          </button>
          <label className="mc-check" htmlFor={keepId}>
            <input
              id={keepId}
              type="checkbox"
              checked={keepInvite}
              onChange={(event) => setKeepInvite(event.target.checked)}
              data-testid="console-keep-invite"
            />
            {text('console.participants.keepInvite')}
          </label>
        </div>
      )}
      {moderated && (
        <p id={`${keepId}-hint`} className="mc-item__meta">
          {keepInvite ? text('console.participants.keepHint') : text('console.participants.retireHint', { seat })}
        </p>
      )}
      <Refusal error={command.error} />
    </li>
  );
}
