import { useMessages } from '../../i18n/useMessages.ts';
import { useCommand } from '../../state/useCommand.ts';
import { Refusal } from '../ui/Refusal.tsx';
import type { ConsoleClause } from './useConsoleClauses.ts';

/** The clause's alternatives ("Option 1", "Option 2", "No text"): add one, or collapse them to one. */
export function ClauseOptions({ clause, name }: { clause: ConsoleClause; name: string }) {
  const command = useCommand();
  const { text } = useMessages();
  const { options } = clause;
  const hasNoText = options.some((option) => option.label.toLowerCase() === 'no text');
  return (
    <details className="mc-sub" data-testid="console-clause-options">
      <summary>{text('console.options.summary', { count: options.length })}</summary>
      {options.length > 0 && (
        <ul className="mc-options">
          {options.map((option) => (
            <li key={option.id} className="mc-option">
              <span>
                <strong>{option.label}</strong>
                {option.snippet !== '' && <span className="mc-option__text">: {option.snippet}</span>}
              </span>
              <button
                type="button"
                className="mc-button mc-button--small"
                disabled={command.pending}
                aria-label={text('console.options.keepLabel', { option: option.label, clause: name })}
                data-testid="console-collapse-option"
                onClick={() => {
                  if (window.confirm(text('console.options.keepConfirm', { option: option.label, clause: name }))) {
                    void command.send({ type: 'clause.collapseOptions', clauseId: clause.id, optionId: option.id });
                  }
                }}
              >
                {text('console.options.keep')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="mc-row">
        <button
          type="button"
          className="mc-button mc-button--small"
          disabled={command.pending}
          aria-label={text('console.options.addLabel', { option: nextLabel(options), clause: name })}
          data-testid="console-add-option"
          onClick={() =>
            void command.send({ type: 'clause.addOption', clauseId: clause.id, label: nextLabel(options) })
          }
        >
          {text('console.options.add')}
        </button>
        {!hasNoText && (
          <button
            type="button"
            className="mc-button mc-button--small"
            disabled={command.pending}
            aria-label={text('console.options.addNoTextLabel', { clause: name })}
            onClick={() => void command.send({ type: 'clause.addOption', clauseId: clause.id, label: 'No text' })}
          >
            {text('console.options.addNoText')}
          </button>
        )}
      </div>
      <Refusal error={command.error} />
    </details>
  );
}

/**
 * "Option N", with N one more than the highest number in use. The label is part of the document, which
 * every participant shares whatever their interface's language, so it stays as the drafting convention writes it.
 */
function nextLabel(options: ConsoleClause['options']): string {
  let highest = 0;
  for (const option of options) {
    const match = /^Option (\d+)$/i.exec(option.label);
    if (match?.[1] !== undefined) highest = Math.max(highest, Number(match[1]));
  }
  return `Option ${highest + 1}`;
}
