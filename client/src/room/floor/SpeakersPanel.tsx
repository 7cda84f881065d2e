import type { Moderation } from '@parley/shared';
import { useId } from 'react';
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
  const { floor, speakers, listClosed, speakerLimitMs } = moderation;
  const describe = (participantId: string) => {
    const known = names.get(participantId);
    const party = partyOf(parties, known?.partyId);
    return {
      name: known?.name ?? 'A participant who has left',
      seat: known?.role === 'mediator' ? 'Mediator' : (party?.name ?? null),
      color: party?.color ?? null,
    };
  };
  const speaker = floor ? describe(floor.participantId) : null;
  const youSpeak = floor?.participantId === you.participantId;
  const yourEntry = speakers.find((entry) => entry.participantId === you.participantId) ?? null;

  return (
    <section className="panel" aria-labelledby="floor-heading">
      <h2 id="floor-heading" className="panel__heading">
        The floor
      </h2>
      <div className="floor" data-testid="floor" aria-live="polite">
        {floor && speaker ? (
          <>
            <p className="floor__speaker">
              <span className="floor__label">Has the floor</span>
              <span className="floor__who">
                {speaker.color && (
                  <span className="swatch" style={{ backgroundColor: speaker.color }} aria-hidden="true" />
                )}{' '}
                <strong data-testid="floor-speaker">{speaker.name}</strong>
                {youSpeak && <span className="floor__you"> (you)</span>}
              </span>
              {speaker.seat && <span className="floor__seat">{speaker.seat}</span>}
            </p>
            {floor.limitMs !== null ? (
              <Countdown endsAt={floor.since + floor.limitMs} label="Speaking time left" testId="floor-remaining" />
            ) : (
              <span className="hint">No time limit</span>
            )}
          </>
        ) : (
          <p className="floor__empty">Nobody has the floor.</p>
        )}
      </div>
      {youSpeak && <YieldButton />}

      <h3 className="panel__subheading">
        Speakers’ list
        {listClosed && (
          <span className="badge badge--closed" data-testid="list-closed">
            closed
          </span>
        )}
      </h3>
      {speakerLimitMs !== null && (
        <p className="hint panel__note">Each speaker has {Math.round(speakerLimitMs / 1000 / 6) / 10} min.</p>
      )}
      {speakers.length === 0 ? (
        <p className="empty panel__note">Nobody has asked for the floor.</p>
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
                  {entry.participantId === you.participantId && ' (you)'}
                </span>
                {who.seat && <span className="speakers__seat">{who.seat}</span>}
                {entry.pointOfOrder && <span className="badge badge--order">Point of order</span>}
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
  return (
    <div className="panel__actions">
      <button
        type="button"
        className="button button--small button--primary"
        disabled={pending || blocked !== null}
        title={blocked ?? undefined}
        onClick={() => void send({ type: 'floor.end' })}
      >
        Yield the floor
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
  if (!maySpeak) return null;
  if (hasFloor) return null;
  const blockedTitle = blocked === null ? undefined : `${blocked}: you cannot ask for the floor`;
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
          Withdraw request
        </button>
      ) : (
        <button
          type="button"
          className="button button--small button--primary"
          disabled={listClosed || blocked !== null}
          aria-disabled={pending}
          aria-describedby={blockedBy}
          title={blockedTitle ?? (listClosed ? 'The list is closed: only points of order are taken' : undefined)}
          onClick={() => void send({ type: 'queue.raiseHand' })}
          data-testid="request-floor"
        >
          Request the floor
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
          Point of order
        </button>
      )}
      {blocked !== null && (
        <p className="hint panel__note" id={blockedId} data-testid="floor-blocked">
          {blocked}: you cannot ask for the floor.
        </p>
      )}
      {onList && (
        <p className="hint panel__note" data-testid="your-request">
          You are on the list{pointOfOrder ? ' with a point of order' : ''}.
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
