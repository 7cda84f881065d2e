import { useMessages } from '../../i18n/useMessages.ts';
import { useCommand, useMaySend } from '../../state/useCommand.ts';
import { asSentence } from '../../ui/asSentence.ts';
import { useFormatTime } from '../../ui/formatTime.ts';
import { holderLook } from '../editor/holderLook.ts';
import { useEditorWords } from '../editor/useEditorWords.ts';
import { useRoom } from '../session/RoomContext.ts';
import type { PendingSuggestion } from './readSuggestions.ts';
import { useSuggesting } from './SuggestingContext.ts';

/**
 * A clause's pending suggestions, in the order of the text: who proposes which words, and when; the mediator
 * accepts or rejects each, or all of them at once (the server makes the words plain text or takes them out, and tells the
 * author).
 */
export function ClauseSuggestions({
  clauseId,
  number,
  suggestions,
}: {
  clauseId: string;
  number: string;
  suggestions: readonly PendingSuggestion[];
}) {
  const { parties } = useRoom();
  const suggesting = useSuggesting();
  const maySend = useMaySend('suggestion.accept');
  const { send, pending, error } = useCommand();
  const { text } = useMessages();
  const { clock } = useFormatTime();
  const { holderNames } = useEditorWords();
  if (suggestions.length === 0) return null;
  // The mediator settles any; a party, while the session allows, those inside its own brackets.
  const mayDecide = (suggestion: PendingSuggestion) => maySend && (suggesting?.maySettle(suggestion) ?? false);
  const mayDecideAll = suggestions.every(mayDecide);
  const authorOf = (suggestion: PendingSuggestion) => {
    const person =
      suggesting?.nameOf(suggestion.by) ??
      text(suggestion.party === null ? 'suggestion.theMediator' : 'suggestion.aDelegate');
    const party = suggestion.party === null ? null : holderLook(parties, suggestion.party, holderNames);
    return party === null ? person : `${person} (${party.name})`;
  };
  // "Anna Kowalska (Ruritania) proposes to add “all three”" (the words without the spaces typed around them).
  const describe = (suggestion: PendingSuggestion) =>
    text(suggestion.kind === 'insertion' ? 'suggestion.pending.add' : 'suggestion.pending.strike', {
      author: authorOf(suggestion),
      words: suggestion.words.trim(),
    });
  return (
    <section className="suggestions" aria-label={text('suggestion.list', { number })} data-testid="clause-suggestions">
      <div className="suggestions__head">
        <h3 className="suggestions__title">{text('suggestion.heading', { count: suggestions.length })}</h3>
        {mayDecideAll && suggestions.length > 1 && (
          <span className="suggestions__actions">
            <button
              type="button"
              className="button button--small"
              disabled={pending}
              aria-label={text('suggestion.acceptAll.label', { number })}
              onClick={() => void send({ type: 'suggestion.accept', clauseId })}
              data-testid="accept-all-suggestions"
            >
              {text('suggestion.acceptAll')}
            </button>
            <button
              type="button"
              className="button button--small"
              disabled={pending}
              aria-label={text('suggestion.rejectAll.label', { number })}
              onClick={() => void send({ type: 'suggestion.reject', clauseId })}
              data-testid="reject-all-suggestions"
            >
              {text('suggestion.rejectAll')}
            </button>
          </span>
        )}
      </div>
      <ul className="suggestions__list">
        {suggestions.map((suggestion) => {
          const look = suggestion.party === null ? null : holderLook(parties, suggestion.party, holderNames);
          const sentence = describe(suggestion);
          return (
            <li
              key={`${suggestion.kind}-${suggestion.id}`}
              className={`suggestions__item suggestions__item--${suggestion.kind}`}
              data-testid="clause-suggestion"
              data-suggestion-id={suggestion.id}
              data-suggestion-kind={suggestion.kind}
            >
              {look !== null && (
                <span className="party__swatch" style={{ backgroundColor: look.color }} aria-hidden="true" />
              )}
              <span className="suggestions__words">{sentence}</span>
              <time className="suggestions__time" dateTime={new Date(suggestion.at).toISOString()}>
                {clock(suggestion.at)}
              </time>
              {mayDecide(suggestion) && (
                <span className="suggestions__actions">
                  <button
                    type="button"
                    className="button button--small"
                    disabled={pending}
                    aria-label={text('suggestion.accept.label', { sentence })}
                    onClick={() => void send({ type: 'suggestion.accept', clauseId, suggestionIds: [suggestion.id] })}
                    data-testid="accept-suggestion"
                  >
                    {text('suggestion.accept')}
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    disabled={pending}
                    aria-label={text('suggestion.reject.label', { sentence })}
                    onClick={() => void send({ type: 'suggestion.reject', clauseId, suggestionIds: [suggestion.id] })}
                    data-testid="reject-suggestion"
                  >
                    {text('suggestion.reject')}
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {error && (
        <p className="error" role="alert" dir="auto">
          {asSentence(error)}
        </p>
      )}
    </section>
  );
}
