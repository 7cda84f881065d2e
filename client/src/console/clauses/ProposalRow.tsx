import type { ClauseId } from '@parley/shared';
import { useMessages } from '../../i18n/useMessages.ts';
import { useCommand } from '../../state/useCommand.ts';
import { useConsole } from '../ConsoleContext.ts';
import { Refusal } from '../ui/Refusal.tsx';
import type { OpenProposal } from './useConsoleClauses.ts';

/** A delegation's textual proposal: the mediator takes it into the text, or does not. */
export function ProposalRow({ clauseId, proposal }: { clauseId: ClauseId; proposal: OpenProposal }) {
  const { parties } = useConsole();
  const command = useCommand();
  const { text } = useMessages();
  const party = parties.find((p) => p.id === proposal.partyId);
  const decide = (disposition: 'incorporated' | 'notRetained') =>
    void command.send({ type: 'clause.decideProposal', clauseId, commentId: proposal.id, disposition });
  return (
    <li className="mc-proposal" data-testid="console-proposal">
      <p className="mc-proposal__by">
        {party
          ? text('console.proposal.byOf', { name: proposal.byName, party: party.name })
          : text('console.proposal.by', { name: proposal.byName })}
      </p>
      <blockquote className="mc-proposal__text">{proposal.text}</blockquote>
      <div className="mc-row">
        <button
          type="button"
          className="mc-button"
          disabled={command.pending}
          data-testid="console-incorporate"
          onClick={() => decide('incorporated')}
        >
          {text('console.proposal.incorporate')}
        </button>
        <button
          type="button"
          className="mc-button mc-button--quiet"
          disabled={command.pending}
          data-testid="console-not-retained"
          onClick={() => decide('notRetained')}
        >
          {text('console.proposal.notRetained')}
        </button>
      </div>
      <Refusal error={command.error} />
    </li>
  );
}
