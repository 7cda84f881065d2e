import type { Command, Participant, Party, PlenaryRoots } from '@parley/shared';
import { isSilenceRunning } from '@parley/shared';
import { useId, useState } from 'react';
import { useMessages } from '../../i18n/useMessages.ts';
import { useCommand } from '../../state/useCommand.ts';
import { serverNow } from '../../time/serverClock.ts';
import { Countdown } from '../floor/Countdown.tsx';
import { BreakSilenceDialog } from './BreakSilenceDialog.tsx';
import { useClosing } from './useClosing.ts';

interface ClosingPanelProps {
  readonly roots: PlenaryRoots;
  readonly you: Participant;
  readonly parties: readonly Party[];
  /** The text's numbering ("3", "PP1") of each clause, to name those under silence. */
  readonly clauseNumbers: ReadonlyMap<string, string>;
}

/**
 * Closing the deal, for everyone in the room: while the text is open, that agreed clauses are
 * provisional; the proposal for adoption and who accepted it; the adopted text, its digest and the
 * initials; a silence procedure with its countdown on server time. Each participant sees the controls
 * their role has (the server decides: `COMMAND_ROLES`, `closingCommands.ts`).
 */
export function ClosingPanel({ roots, you, parties, clauseNumbers }: ClosingPanelProps) {
  const { adoption, silence } = useClosing(roots);
  const { text, locale } = useMessages();
  const command = useCommand();
  const [breaking, setBreaking] = useState(false);
  const [minutes, setMinutes] = useState(60);
  // Chosen clauses for silence; none chosen: the whole text.
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const minutesId = useId();
  const isMediator = you.role === 'mediator';
  const ownParty = you.role === 'delegate' ? (you.partyId ?? null) : null;
  const partyName = (partyId: string) => parties.find((party) => party.id === partyId)?.name ?? partyId;
  const list = (items: readonly string[]) => new Intl.ListFormat(locale).format(items);
  const send = (body: Command) => void command.send(body);
  const running = isSilenceRunning(silence) ? silence : null;
  const adopted = adoption?.state === 'adopted' ? adoption : null;
  const proposed = adoption?.state === 'proposed' ? adoption : null;
  const accepted = Object.entries(adoption?.acceptances ?? {}).map(([partyId, acceptance]) =>
    text('closing.acceptedBy', {
      party: partyName(partyId),
      adReferendum: acceptance.adReferendum ? 'yes' : 'no',
      confirmed: acceptance.confirmedAt !== undefined ? 'yes' : 'no',
    }),
  );
  const ownAcceptance = ownParty === null ? undefined : adoption?.acceptances[ownParty];

  return (
    <section className="closing stack" aria-labelledby="closing-title" data-testid="closing-panel">
      <h2 id="closing-title" className="visually-hidden">
        {text('closing.title')}
      </h2>
      {adopted === null && (
        <p className="closing__provisional" data-testid="closing-provisional">
          {text('closing.provisional')}
        </p>
      )}

      {running !== null && (
        <div className="notice closing__silence" role="status" data-testid="silence-banner">
          <p>
            {text('closing.silence.running', {
              what:
                running.clauseIds === null
                  ? text('closing.silence.whole')
                  : text('closing.silence.clauses', {
                      count: running.clauseIds.length,
                      list: list(running.clauseIds.map((id) => clauseNumbers.get(id) ?? '?')),
                    }),
              time: new Date(running.until).toLocaleString(locale),
            })}{' '}
            <Countdown endsAt={running.until} label={text('closing.silence.left')} testId="silence-countdown" />
          </p>
          {ownParty !== null && (
            <button
              type="button"
              className="button button--small"
              onClick={() => setBreaking(true)}
              data-testid="break-silence"
            >
              {text('closing.silence.break')}
            </button>
          )}
        </div>
      )}
      {silence?.outcome?.kind === 'broken' && running === null && adopted === null && (
        <p className="notice" data-testid="silence-broken">
          {text('closing.silence.broken', {
            name: silence.outcome.name,
            hasParty: silence.outcome.partyId === null ? 'no' : 'yes',
            party: silence.outcome.partyId === null ? '' : partyName(silence.outcome.partyId),
            explanation: silence.outcome.explanation,
          })}
        </p>
      )}
      {silence?.outcome?.kind === 'kept' && running === null && (
        <p data-testid="silence-kept">{text('closing.silence.kept')}</p>
      )}

      {proposed !== null && (
        <div className="notice" data-testid="adoption-proposed">
          <p>{text('closing.proposed', { accepted: accepted.length > 0 ? list(accepted) : text('closing.none') })}</p>
          {ownParty !== null && ownAcceptance === undefined && (
            <div className="row">
              <button
                type="button"
                className="button button--small"
                onClick={() => send({ type: 'adoption.accept' })}
                data-testid="adoption-accept"
              >
                {text('closing.accept', { party: partyName(ownParty) })}
              </button>
              <button
                type="button"
                className="button button--small"
                onClick={() => send({ type: 'adoption.accept', adReferendum: true })}
                data-testid="adoption-accept-ad-referendum"
              >
                {text('closing.acceptAdReferendum')}
              </button>
            </div>
          )}
        </div>
      )}

      {adopted !== null && (
        <div className="notice closing__adopted" data-testid="adopted-banner">
          <p>
            {text('closing.adopted', {
              date: new Date(adopted.adoptedAt ?? adopted.proposedAt).toLocaleString(locale),
              underSilence: adopted.underSilence === true ? 'yes' : 'no',
              accepted: accepted.length > 0 ? list(accepted) : text('closing.none'),
            })}
          </p>
          {adopted.digest !== undefined && (
            <p className="closing__digest" data-testid="adopted-digest">
              {text('closing.digest', { digest: adopted.digest })}
            </p>
          )}
          <p data-testid="initials">
            {text('closing.initials', {
              initials:
                Object.keys(adopted.initials).length > 0
                  ? list(
                      Object.entries(adopted.initials).map(([partyId, initial]) =>
                        text('closing.initialled', { name: initial.name, party: partyName(partyId) }),
                      ),
                    )
                  : text('closing.none'),
            })}
          </p>
          {ownParty !== null && adopted.initials[ownParty] === undefined && adopted.digest !== undefined && (
            <button
              type="button"
              className="button button--small"
              onClick={() => send({ type: 'text.initial' })}
              data-testid="initial-text"
            >
              {text('closing.initial', { party: partyName(ownParty) })}
            </button>
          )}
        </div>
      )}
      {ownAcceptance?.adReferendum === true && ownAcceptance.confirmedAt === undefined && ownParty !== null && (
        <button
          type="button"
          className="button button--small"
          onClick={() => send({ type: 'adoption.confirm' })}
          data-testid="adoption-confirm"
        >
          {text('closing.confirm', { party: partyName(ownParty) })}
        </button>
      )}

      {isMediator && adopted === null && running === null && (
        <div className="row closing__chair" data-testid="closing-chair">
          <button
            type="button"
            className="button button--small"
            onClick={() => send({ type: 'adoption.propose' })}
            data-testid="adoption-propose"
          >
            {text('closing.propose')}
          </button>
          <label htmlFor={minutesId}>{text('closing.silence.minutes')}</label>
          <input
            id={minutesId}
            type="number"
            min={1}
            max={100_000}
            value={minutes}
            onChange={(event) => setMinutes(Number(event.target.value))}
            className="closing__minutes"
            data-testid="silence-minutes"
          />
          <button
            type="button"
            className="button button--small"
            onClick={() =>
              send({
                type: 'silence.start',
                until: new Date(serverNow() + Math.max(1, minutes) * 60_000).toISOString(),
                ...(chosen.length > 0 ? { clauseIds: [...chosen] } : {}),
              })
            }
            data-testid="silence-start"
          >
            {chosen.length > 0
              ? text('closing.silence.startChosen', { count: chosen.length })
              : text('closing.silence.start')}
          </button>
          <details className="closing__choose">
            <summary>{text('closing.silence.choose')}</summary>
            <fieldset className="closing__clauses">
              <legend className="visually-hidden">{text('closing.silence.choose')}</legend>
              {[...clauseNumbers].map(([clauseId, number]) => (
                <label key={clauseId}>
                  <input
                    type="checkbox"
                    checked={chosen.includes(clauseId)}
                    onChange={(event) =>
                      setChosen((now) =>
                        event.target.checked ? [...now, clauseId] : now.filter((id) => id !== clauseId),
                      )
                    }
                    data-testid="silence-clause"
                  />{' '}
                  {text('closing.silence.clauses', { count: 1, list: number })}
                </label>
              ))}
            </fieldset>
          </details>
        </div>
      )}
      {command.error && (
        <p className="form-error" role="alert" data-testid="closing-error">
          {command.error}
        </p>
      )}
      {breaking && <BreakSilenceDialog onClose={() => setBreaking(false)} />}
    </section>
  );
}
