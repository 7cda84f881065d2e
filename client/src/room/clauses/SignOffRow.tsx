import type { PartyId, SignOff } from '@parley/shared';
import { useId, useState } from 'react';
import { useMessages } from '../../i18n/useMessages.ts';
import { useIdentity } from '../../state/IdentityContext.ts';
import { useCommand, useMaySend } from '../../state/useCommand.ts';
import { asSentence } from '../../ui/asSentence.ts';
import { CheckIcon } from '../../ui/icons/CheckIcon.tsx';
import { useBlockedReason } from '../rights/useBlockedReason.ts';
import { useRoom } from '../session/RoomContext.ts';

/**
 * Each party's acceptance of the clause (a check mark, ad referendum, or not yet), and for a delegate the
 * buttons to sign off for their party (optionally ad referendum) or to withdraw that sign-off.
 */
export function SignOffRow({
  clauseId,
  number,
  signoffs,
  signOffRefusal,
}: {
  clauseId: string;
  number: string;
  signoffs: ReadonlyMap<PartyId, SignOff>;
  /**
   * Why the clause cannot be signed off now (open brackets, options, its status), from the shared
   * clause life, or null: shown beside the disabled button, not only on hover.
   */
  signOffRefusal: string | null;
}) {
  const { you } = useIdentity();
  const { parties } = useRoom();
  const { text } = useMessages();
  const maySign = useMaySend('clause.signOff') && you.partyId !== undefined;
  const { send, pending, error } = useCommand();
  const [adReferendum, setAdReferendum] = useState(false);
  const checkboxId = useId();
  const refusalId = useId();
  const yours = you.partyId ? (signoffs.get(you.partyId) ?? null) : null;
  // A muted delegate may still withdraw a sign-off; signing (or confirming) waits for the mediator.
  const speakingBlocked = useBlockedReason('speaking');
  const withdrawBlocked = useBlockedReason('any');
  const blocked = speakingBlocked ?? signOffRefusal;

  return (
    <div className="signoffs" data-testid="signoffs">
      <span className="signoffs__label">{text('signoff.label')}</span>
      <ul className="signoffs__list" aria-label={text('signoff.list', { number })}>
        {parties.map((party) => {
          const signoff = signoffs.get(party.id) ?? null;
          const mark = signoff === null ? '—' : signoff.adReferendum ? text('signoff.adRefShort') : <CheckIcon />;
          const words = text(
            signoff === null ? 'signoff.none' : signoff.adReferendum ? 'signoff.adReferendum' : 'signoff.done',
          );
          return (
            <li
              key={party.id}
              className={`signoff${signoff ? ' signoff--done' : ''}`}
              data-testid="signoff"
              data-party-id={party.id}
              data-state={signoff === null ? 'none' : signoff.adReferendum ? 'adReferendum' : 'signed'}
              title={text('signoff.title', { party: party.name, state: words })}
            >
              <span className="party__swatch" style={{ backgroundColor: party.color }} aria-hidden="true" />
              <span className="signoff__party">{party.name}</span>
              <span className="signoff__mark" aria-hidden="true">
                {mark}
              </span>
              <span className="visually-hidden">{words}</span>
            </li>
          );
        })}
      </ul>
      {maySign && (
        <span className="signoffs__actions">
          {yours === null ? (
            <>
              <label className="checkbox" htmlFor={checkboxId}>
                <input
                  id={checkboxId}
                  type="checkbox"
                  checked={adReferendum}
                  onChange={(event) => setAdReferendum(event.target.checked)}
                />
                {text('signoff.adRefCheckbox')}
              </label>
              <button
                type="button"
                className="button button--small"
                disabled={pending || blocked !== null}
                title={blocked ?? undefined}
                aria-describedby={blocked !== null ? refusalId : undefined}
                onClick={() => void send({ type: 'clause.signOff', clauseId, adReferendum })}
                data-testid="sign-off"
              >
                {text('signoff.sign')}
              </button>
              {blocked !== null && (
                <span className="hint" id={refusalId} dir="auto" data-testid="sign-off-blocked">
                  {blocked}
                </span>
              )}
            </>
          ) : (
            <>
              {yours.adReferendum && (
                // The capital confirmed: the sign-off stands without "ad referendum".
                <button
                  type="button"
                  className="button button--small"
                  disabled={pending || speakingBlocked !== null}
                  title={speakingBlocked ?? undefined}
                  aria-describedby={speakingBlocked !== null ? refusalId : undefined}
                  onClick={() => void send({ type: 'clause.signOff', clauseId, adReferendum: false })}
                  data-testid="confirm-sign-off"
                >
                  {text('signoff.confirm')}
                </button>
              )}
              <button
                type="button"
                className="button button--small"
                disabled={pending || withdrawBlocked !== null}
                title={withdrawBlocked ?? undefined}
                aria-describedby={withdrawBlocked !== null ? refusalId : undefined}
                onClick={() => void send({ type: 'clause.withdrawSignOff', clauseId })}
                data-testid="withdraw-sign-off"
              >
                {text('signoff.withdraw')}
              </button>
              {speakingBlocked !== null && (
                <span className="hint" id={refusalId} dir="auto" data-testid="sign-off-blocked">
                  {speakingBlocked}
                </span>
              )}
            </>
          )}
        </span>
      )}
      {error && (
        <p className="error signoffs__error" role="alert" dir="auto">
          {asSentence(error)}
        </p>
      )}
    </div>
  );
}
