import type { Moderation } from '@parley/shared';
import { useId } from 'react';
import { useMessages } from '../../i18n/useMessages.ts';
import { useIdentity } from '../../state/IdentityContext.ts';
import { useCommand, useMaySend } from '../../state/useCommand.ts';
import { asSentence } from '../../ui/asSentence.ts';
import type { KnownParticipant } from '../presence/useParticipantNames.ts';
import { useBlockedReason } from '../rights/useBlockedReason.ts';
import { partyOf, useRoom } from '../session/RoomContext.ts';
import { Countdown } from './Countdown.tsx';

interface SpeakersPanelProps {
  readonly moderation: Moderation;
  readonly names: ReadonlyMap<string, KnownParticipant>;
}

/**
 * The floor and the speakers' list (DOMAIN.md, "The floor"): who speaks now and for how long, who
 * is inscribed, and for delegates the buttons to request the floor, raise a point of order,
 * withdraw a request or yield.
 */
export function SpeakersPanel({ moderation, names }: SpeakersPanelProps) {
  const { you } = useIdentity();
  const { parties } = useRoom();
  const { text } = useMessages();
  const { floor, speakers, listClosed, speakerLimitMs } = moderation;
  const describe = (participantId: string) => {
    const known = names.get(participantId);
    const party = partyOf(parties, known?.partyId);
    return {
      name: known?.name ?? text('floor.someoneWhoLeft'),
      seat: known?.role === 'mediator' ? text('seat.mediator') : (party?.name ?? null),
      color: party?.color ?? null,
    };
  };
  const speaker = floor ? describe(floor.participantId) : null;
  const youSpeak = floor?.participantId === you.participantId;
  const yourEntry = speakers.find((entry) => entry.participantId === you.participantId) ?? null;

  return (
    <section className="panel" aria-labelledby="floor-heading">
      <h2 id="floor-heading" className="panel__heading">
        {text('floor.heading')}
      </h2>
      <div className="floor" data-testid="floor" aria-live="polite">
        {floor && speaker ? (
          <>
            <p className="floor__speaker">
              <span className="floor__label">{text('floor.has')}</span>
              <span className="floor__who">
                {speaker.color && (
                  <span className="swatch" style={{ backgroundColor: speaker.color }} aria-hidden="true" />
                )}{' '}
                <strong data-testid="floor-speaker">{speaker.name}</strong>
                {youSpeak && <span className="floor__you"> {text('floor.you')}</span>}
              </span>
              {speaker.seat && <span className="floor__seat">{speaker.seat}</span>}
            </p>
            {floor.limitMs !== null ? (
              <Countdown endsAt={floor.since + floor.limitMs} label={text('floor.timeLeft')} testId="floor-remaining" />
            ) : (
              <span className="hint">{text('floor.noLimit')}</span>
            )}
          </>
        ) : (
          <p className="floor__empty">{text('floor.nobody')}</p>
        )}
      </div>
      {youSpeak && <YieldButton />}

      <h3 className="panel__subheading">
        {text('floor.list')}
        {listClosed && (
          <span className="badge badge--closed" data-testid="list-closed">
            {text('floor.closed')}
          </span>
        )}
      </h3>
      {speakerLimitMs !== null && (
        <p className="hint panel__note">
          {text('floor.limit', { minutes: Math.round(speakerLimitMs / 1000 / 6) / 10 })}
        </p>
      )}
      {speakers.length === 0 ? (
        <p className="empty panel__note">{text('floor.noRequests')}</p>
      ) : (
        <ol className="speakers" data-testid="speakers">
          {speakers.map((entry) => {
            const who = describe(entry.participantId);
            return (
              <li
                key={`${entry.participantId}-${entry.pointOfOrder}`}
                className="speakers__entry"
                data-testid="speaker-entry"
              >
                {who.color && <span className="swatch" style={{ backgroundColor: who.color }} aria-hidden="true" />}
                <span className="speakers__name">
                  {who.name}
                  {entry.participantId === you.participantId && ` ${text('floor.you')}`}
                </span>
                {who.seat && <span className="speakers__seat">{who.seat}</span>}
                {entry.pointOfOrder && <span className="badge badge--order">{text('floor.pointOfOrder')}</span>}
              </li>
            );
          })}
        </ol>
      )}
      <RequestControls
        onList={yourEntry !== null}
        listClosed={listClosed}
        hasFloor={youSpeak}
        pointOfOrder={speakers.some((s) => s.participantId === you.participantId && s.pointOfOrder)}
      />
    </section>
  );
}

function YieldButton() {
  const { send, pending, error } = useCommand();
  const blocked = useBlockedReason('any');
  const { text } = useMessages();
  return (
    <div className="panel__actions">
      <button
        type="button"
        className="button button--small button--primary"
        disabled={pending || blocked !== null}
        title={blocked ?? undefined}
        onClick={() => void send({ type: 'floor.end' })}
      >
        {text('floor.yield')}
      </button>
      {error && (
        <p className="error" role="alert">
          {asSentence(error)}
        </p>
      )}
    </div>
  );
}

interface RequestControlsProps {
  readonly onList: boolean;
  readonly listClosed: boolean;
  readonly hasFloor: boolean;
  readonly pointOfOrder: boolean;
}

function RequestControls({ onList, listClosed, hasFloor, pointOfOrder }: RequestControlsProps) {
  const maySpeak = useMaySend('queue.raiseHand');
  const { send: sendNow, pending, error } = useCommand();
  // While a request is on its way the buttons say so with aria-disabled rather than `disabled`: a
  // disabled button drops keyboard focus to the page's top, and the button is about to become
  // "Withdraw request", which is where a keyboard user wants to stay. A second press meanwhile is ignored.
  const send = (command: Parameters<typeof sendNow>[0]) => (pending ? Promise.resolve(null) : sendNow(command));
  const blockedId = useId();
  // Muted or frozen: the buttons stay where they are, disabled, with the reason beside them (the
  // server would refuse the request; a muted participant may still withdraw one already made).
  const blocked = useBlockedReason('speaking');
  const withdrawBlocked = useBlockedReason('any');
  const { text } = useMessages();
  if (!maySpeak) return null;
  if (hasFloor) return null;
  const blockedTitle = blocked === null ? undefined : text('floor.blockedTitle', { reason: blocked });
  const blockedBy = blocked === null ? undefined : blockedId;
  return (
    <div className="panel__actions">
      {onList ? (
        <button
          type="button"
          className="button button--small"
          disabled={withdrawBlocked !== null}
          aria-disabled={pending}
          aria-describedby={withdrawBlocked === null ? undefined : blockedId}
          title={withdrawBlocked ?? undefined}
          onClick={() => void send({ type: 'queue.lowerHand' })}
        >
          {text('floor.withdraw')}
        </button>
      ) : (
        <button
          type="button"
          className="button button--small button--primary"
          disabled={listClosed || blocked !== null}
          aria-disabled={pending}
          aria-describedby={blockedBy}
          title={blockedTitle ?? (listClosed ? text('floor.listClosedHint') : undefined)}
          onClick={() => void send({ type: 'queue.raiseHand' })}
          data-testid="request-floor"
        >
          {text('floor.request')}
        </button>
      )}
      {/* A point of order can be raised while waiting: it jumps the list, the earlier request keeps its place. */}
      {!pointOfOrder && (
        <button
          type="button"
          className="button button--small"
          disabled={blocked !== null}
          aria-disabled={pending}
          aria-describedby={blockedBy}
          title={blockedTitle}
          onClick={() => void send({ type: 'queue.raiseHand', pointOfOrder: true })}
          data-testid="point-of-order"
        >
          {text('floor.pointOfOrder')}
        </button>
      )}
      {blocked !== null && (
        <p className="hint panel__note" id={blockedId} data-testid="floor-blocked">
          {text('floor.blocked', { reason: blocked })}
        </p>
      )}
      {onList && (
        <p className="hint panel__note" data-testid="your-request">
          {pointOfOrder ? text('floor.onListPointOfOrder') : text('floor.onList')}
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {asSentence(error)}
        </p>
      )}
    </div>
  );
}
