import type { ClauseStatus } from '@parley/shared';
import { isWordingFrozen } from '@parley/shared';
import { ReopenForm } from '../../clauses/ReopenForm.tsx';
import { useMessages } from '../../i18n/useMessages.ts';
import { useCommand } from '../../state/useCommand.ts';
import { useRequestedValue } from '../state/useRequestedValue.ts';
import { MoveButtons } from '../ui/MoveButtons.tsx';
import { Refusal } from '../ui/Refusal.tsx';
import { ClauseOptions } from './ClauseOptions.tsx';
import { clauseName } from './clauseName.ts';
import { clauseStatusKey } from './clauseStatusKey.ts';
import { ProposalRow } from './ProposalRow.tsx';
import type { ConsoleClause } from './useConsoleClauses.ts';

/** One clause of the text, with the mediator's controls over it. */
export function ClauseRow({ clause, index, count }: { clause: ConsoleClause; index: number; count: number }) {
  const command = useCommand();
  const { text } = useMessages();
  const status = useRequestedValue(clause.status);
  const setStatus = async (value: ClauseStatus) => {
    status.request(value);
    if ((await command.send({ type: 'clause.setStatus', clauseId: clause.id, status: value })) === null)
      status.cancel();
  };
  const name = clauseName(clause.kind, clause.number, text);
  const statusId = `mc-clause-status-${clause.id}`;
  return (
    <li
      className={`mc-item mc-clause mc-clause--${clause.status}`}
      data-testid="console-clause"
      data-clause-id={clause.id}
    >
      <div className="mc-item__head">
        <span className="mc-item__number">{name}</span>
        <span className="mc-item__title">
          {clause.heading !== ''
            ? clause.heading
            : clause.snippet || <em className="mc-empty">{text('console.clause.noText')}</em>}
        </span>
        {clause.locked && (
          <span className="mc-tag mc-tag--locked" data-testid="console-clause-locked">
            {text('console.clause.locked')}
          </span>
        )}
        {clause.suggestions.length > 0 && (
          <span className="mc-tag" data-testid="console-clause-suggestions">
            {text('console.clause.suggestions', { count: clause.suggestions.length })}
          </span>
        )}
      </div>
      {clause.heading !== '' && clause.snippet !== '' && <p className="mc-item__meta">{clause.snippet}</p>}
      <div className="mc-row">
        <label className="mc-sr-only" htmlFor={statusId}>
          {text('console.clause.statusOf', { name })}
        </label>
        <select
          id={statusId}
          className="mc-select"
          value={status.shown}
          disabled={command.pending}
          data-testid="console-clause-status"
          onChange={(event) => void setStatus(event.target.value as ClauseStatus)}
        >
          {/* Only the current status and what the clause life lets the mediator set by hand. */}
          {clause.statusChoices.map((status) => (
            <option key={status} value={status}>
              {text(clauseStatusKey(status))}
            </option>
          ))}
        </select>
        {clause.status === 'proposed' && (
          <button
            type="button"
            className="mc-button"
            disabled={command.pending || clause.agreeRefusal !== null}
            title={clause.agreeRefusal ?? text('console.clause.agreeHint')}
            data-testid="console-clause-agree"
            onClick={() => {
              if (window.confirm(text('console.clause.agreeConfirm', { name }))) {
                void command.send({ type: 'clause.agreeWithoutObjection', clauseId: clause.id });
              }
            }}
          >
            {text('console.clause.agree')}
          </button>
        )}
        {isWordingFrozen(clause.status) && <ReopenForm clauseId={clause.id} name={name} place="console" />}
        <button
          type="button"
          className="mc-button"
          disabled={command.pending}
          aria-pressed={clause.locked}
          aria-label={
            clause.locked ? text('console.clause.unlockLabel', { name }) : text('console.clause.lockLabel', { name })
          }
          data-testid="console-lock"
          onClick={() =>
            void command.send({ type: clause.locked ? 'clause.unlock' : 'clause.lock', clauseId: clause.id })
          }
        >
          {clause.locked ? text('console.clause.unlock') : text('console.clause.lock')}
        </button>
        <MoveButtons
          what={name}
          index={index}
          count={count}
          disabled={command.pending}
          onMove={(to) => void command.send({ type: 'clause.move', clauseId: clause.id, index: to })}
        />
        <button
          type="button"
          className="mc-button mc-button--danger"
          disabled={command.pending}
          aria-label={text('console.clause.removeLabel', { name })}
          data-testid="console-clause-remove"
          onClick={() => {
            if (window.confirm(text('console.clause.removeConfirm', { name }))) {
              void command.send({ type: 'clause.remove', clauseId: clause.id });
            }
          }}
        >
          {text('console.remove')}
        </button>
      </div>
      <Refusal error={command.error} />
      {clause.proposals.length > 0 && (
        <ul className="mc-proposals" aria-label={text('console.clause.proposals', { name })}>
          {clause.proposals.map((proposal) => (
            <ProposalRow key={proposal.id} clauseId={clause.id} proposal={proposal} />
          ))}
        </ul>
      )}
      <ClauseOptions clause={clause} name={name} />
    </li>
  );
}
