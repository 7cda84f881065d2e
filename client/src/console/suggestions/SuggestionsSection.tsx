import type { Command, Party } from '@parley/shared';
import { useMessages } from '../../i18n/useMessages.ts';
import type { PendingSuggestion } from '../../room/suggestions/readSuggestions.ts';
import { describePending } from '../../room/suggestions/readSuggestions.ts';
import { useCommand } from '../../state/useCommand.ts';
import { useConsole } from '../ConsoleContext.ts';
import { clauseName } from '../clauses/clauseName.ts';
import type { ConsoleClause } from '../clauses/useConsoleClauses.ts';
import { Refusal } from '../ui/Refusal.tsx';

/** How many suggestions wait in these clauses (the section's badge). */
export function pendingCount(clauses: readonly ConsoleClause[]): number {
  return clauses.reduce((sum, clause) => sum + clause.suggestions.length, 0);
}

/**
 * Every pending suggestion of the session, clause by clause, with accept and reject for each, and
 * "Accept all of <party>" / "Reject all of <party>" over the whole text (one command per clause
 * holding that party's suggestions: the server takes a clause and a party).
 */
export function SuggestionsSection({ clauses }: { clauses: readonly ConsoleClause[] }) {
  const { parties, nameOf } = useConsole();
  const command = useCommand();
  const { text } = useMessages();
  const withSuggestions = clauses.filter((clause) => clause.suggestions.length > 0);
  if (withSuggestions.length === 0) return <p className="mc-empty">{text('console.suggestions.empty')}</p>;
  const authorOf = (suggestion: PendingSuggestion) => {
    const party = parties.find((candidate) => candidate.id === suggestion.party);
    return party ? `${nameOf(suggestion.by)} (${party.name})` : nameOf(suggestion.by);
  };
  const proposing = parties.filter((party) =>
    withSuggestions.some((clause) => clause.suggestions.some((suggestion) => suggestion.party === party.id)),
  );
  const decideAll = async (type: 'suggestion.accept' | 'suggestion.reject', party: Party) => {
    for (const clause of withSuggestions) {
      if (!clause.suggestions.some((suggestion) => suggestion.party === party.id)) continue;
      const sent: Command = { type, clauseId: clause.id, partyId: party.id };
      if ((await command.send(sent)) === null) return;
    }
  };
  return (
    <div className="mc-stack" data-testid="console-suggestions">
      {proposing.map((party) => (
        <div className="mc-row" key={party.id}>
          <button
            type="button"
            className="mc-button"
            disabled={command.pending}
            onClick={() => void decideAll('suggestion.accept', party)}
            data-testid="accept-all-of-party"
          >
            {text('console.suggestions.acceptAll', { party: party.name })}
          </button>
          <button
            type="button"
            className="mc-button"
            disabled={command.pending}
            onClick={() => void decideAll('suggestion.reject', party)}
            data-testid="reject-all-of-party"
          >
            {text('console.suggestions.rejectAll', { party: party.name })}
          </button>
        </div>
      ))}
      <ol className="mc-list" aria-label={text('console.suggestions.list')}>
        {withSuggestions.map((clause) => (
          <li key={clause.id} className="mc-item">
            <div className="mc-item__head">
              <span className="mc-item__number">{clauseName(clause.kind, clause.number, text)}</span>
            </div>
            <ul className="mc-list mc-list--plain">
              {clause.suggestions.map((suggestion) => {
                const sentence = describePending(suggestion, authorOf(suggestion));
                const decide = (type: 'suggestion.accept' | 'suggestion.reject') =>
                  void command.send({ type, clauseId: clause.id, suggestionIds: [suggestion.id] });
                return (
                  <li
                    key={`${suggestion.kind}-${suggestion.id}`}
                    className="mc-row"
                    data-testid="console-suggestion"
                    data-suggestion-id={suggestion.id}
                  >
                    <span className="mc-item__meta">{sentence}</span>
                    <button
                      type="button"
                      className="mc-button"
                      disabled={command.pending}
                      aria-label={text('console.suggestions.acceptLabel', { sentence })}
                      onClick={() => decide('suggestion.accept')}
                    >
                      {text('console.suggestions.accept')}
                    </button>
                    <button
                      type="button"
                      className="mc-button"
                      disabled={command.pending}
                      aria-label={text('console.suggestions.rejectLabel', { sentence })}
                      onClick={() => decide('suggestion.reject')}
                    >
                      {text('console.suggestions.reject')}
                    </button>
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ol>
      <Refusal error={command.error} />
    </div>
  );
}
