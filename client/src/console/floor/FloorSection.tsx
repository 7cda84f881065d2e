import { useId, useState } from 'react';
import { useMessages } from '../../i18n/useMessages.ts';
import { useIdentity } from '../../state/IdentityContext.ts';
import { useCommand } from '../../state/useCommand.ts';
import { useModeration } from '../../state/useModeration.ts';
import { useConsole } from '../ConsoleContext.ts';
import { seatLabel } from '../presence/seatLabel.ts';
import { useRequestedValue } from '../state/useRequestedValue.ts';
import { Countdown } from '../ui/Countdown.tsx';
import { Refusal } from '../ui/Refusal.tsx';
import { SpeakerRow } from './SpeakerRow.tsx';

/** Per-speaker limits a chair commonly sets (DOMAIN.md: often 3 to 5 minutes). */
const LIMITS_SECONDS = [60, 120, 180, 240, 300, 420, 600];

/** The floor: who speaks now and for how long, the speakers' list, and the chair's controls over both. */
export function FloorSection() {
  const { you, sessionId } = useIdentity();
  const { roots, nameOf, presence, parties } = useConsole();
  const { speakers, floor, listClosed, speakerLimitMs } = useModeration(roots);
  const command = useCommand();
  const { text } = useMessages();
  const id = useId();
  const [giveTo, setGiveTo] = useState('');
  const limitSeconds = speakerLimitMs === null ? null : Math.round(speakerLimitMs / 1000);
  const limit = useRequestedValue(limitSeconds);
  const setLimit = async (seconds: number | null) => {
    limit.request(seconds);
    if ((await command.send({ type: 'floor.setLimit', seconds })) === null) limit.cancel();
  };

  const speaking = floor === null ? null : nameOf(floor.participantId);
  // Anyone online in the plenary who may speak (delegates and co-mediators), for giving the floor directly.
  const candidates = new Map<string, string>();
  for (const entry of presence.online ?? []) {
    if (entry.doc === sessionId && entry.role !== 'observer' && entry.participantId !== you.participantId) {
      candidates.set(entry.participantId, `${entry.name} (${seatLabel(entry.role, entry.partyId, parties, text)})`);
    }
  }

  return (
    <div className="mc-stack">
      <div className="mc-speaker" data-testid="console-current-speaker">
        {floor === null ? (
          <p className="mc-empty">{text('console.floor.nobody')}</p>
        ) : (
          <>
            <p>
              <span className="mc-label">{text('console.floor.has')}</span>{' '}
              <strong data-testid="console-speaker-name">{speaking}</strong>
            </p>
            {floor.limitMs !== null && (
              <Countdown
                endsAt={floor.since + floor.limitMs}
                testId="console-speaker-remaining"
                label={text('console.speakingTimeLeftFor', { name: speaking ?? '' })}
              />
            )}
          </>
        )}
      </div>
      <div className="mc-row">
        <button
          type="button"
          className="mc-button mc-button--primary"
          disabled={command.pending || speakers.length === 0}
          onClick={() => void command.send({ type: 'floor.next' })}
          data-testid="console-next-speaker"
        >
          {text('console.floor.next')}
        </button>
        <button
          type="button"
          className="mc-button"
          disabled={command.pending || floor === null}
          onClick={() => void command.send({ type: 'floor.end' })}
          data-testid="console-end-turn"
        >
          {text('console.floor.end')}
        </button>
        <button
          type="button"
          className="mc-button"
          disabled={command.pending}
          onClick={() => void command.send({ type: listClosed ? 'queue.reopen' : 'queue.close' })}
          data-testid="console-list-toggle"
        >
          {listClosed ? text('console.floor.reopen') : text('console.floor.close')}
        </button>
      </div>
      <Refusal error={command.error} />

      <h4 className="mc-subheading">
        {text('console.floor.list')}
        {listClosed && <span className="mc-tag">{text('console.floor.closed')}</span>}
      </h4>
      {speakers.length === 0 ? (
        <p className="mc-empty">{text('console.floor.noRequests')}</p>
      ) : (
        <ol className="mc-list" aria-label={text('console.floor.list')} data-testid="console-speakers">
          {speakers.map((speaker) => (
            <SpeakerRow
              key={`${speaker.participantId}-${speaker.pointOfOrder}`}
              participantId={speaker.participantId}
              name={nameOf(speaker.participantId)}
              pointOfOrder={speaker.pointOfOrder}
            />
          ))}
        </ol>
      )}

      <div className="mc-form mc-form--add">
        <div className="mc-inline">
          <label htmlFor={`${id}-limit`}>{text('console.floor.limit')}</label>
          <select
            id={`${id}-limit`}
            className="mc-select"
            value={limit.shown === null ? '' : String(limit.shown)}
            disabled={command.pending}
            data-testid="console-speaker-limit"
            onChange={(event) => void setLimit(event.target.value === '' ? null : Number(event.target.value))}
          >
            <option value="">{text('console.floor.noLimit')}</option>
            {limit.shown !== null && !LIMITS_SECONDS.includes(limit.shown) && (
              <option value={String(limit.shown)}>{text('console.floor.seconds', { count: limit.shown })}</option>
            )}
            {LIMITS_SECONDS.map((seconds) => (
              <option key={seconds} value={String(seconds)}>
                {text('agenda.minutes', { count: seconds / 60 })}
              </option>
            ))}
          </select>
        </div>
        <form
          className="mc-inline"
          onSubmit={(event) => {
            event.preventDefault();
            if (giveTo !== '') void command.send({ type: 'floor.give', participantId: giveTo });
          }}
        >
          <label htmlFor={`${id}-give`}>{text('console.floor.giveTo')}</label>
          <span className="mc-row mc-row--tight">
            <select
              id={`${id}-give`}
              className="mc-select"
              value={giveTo}
              onChange={(event) => setGiveTo(event.target.value)}
              data-testid="console-give-floor-to"
            >
              <option value="">{text('console.floor.choose')}</option>
              {[...candidates].map(([participantId, label]) => (
                <option key={participantId} value={participantId}>
                  {label}
                </option>
              ))}
            </select>
            <button type="submit" className="mc-button" disabled={command.pending || giveTo === ''}>
              {text('console.floor.giveShort')}
            </button>
          </span>
        </form>
      </div>
    </div>
  );
}
