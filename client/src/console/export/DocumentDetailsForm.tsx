import type { DocumentDetails, DocumentMarking } from '@parley/shared';
import { DOCUMENT_SYMBOL_MAX } from '@parley/shared';
import { useId, useState } from 'react';
import { useMessages } from '../../i18n/useMessages.ts';
import { useCommand } from '../../state/useCommand.ts';
import { useConsole } from '../ConsoleContext.ts';
import { Refusal } from '../ui/Refusal.tsx';
import { useDocumentDetails } from './useDocumentDetails.ts';

/**
 * The letterhead of the exported documents: the symbol, the marking and the date, sent with
 * `document.details`. The fields show what the plenary says until the mediator changes one; the
 * server checks them (a symbol of printable characters, a real date) and its refusal shows here.
 */
export function DocumentDetailsForm() {
  const { roots } = useConsole();
  const { text } = useMessages();
  const id = useId();
  const live = useDocumentDetails(roots);
  // null: nothing changed here, so the fields follow the document (another tab's save shows at once).
  const [edited, setEdited] = useState<DocumentDetails | null>(null);
  const [saved, setSaved] = useState(false);
  const command = useCommand();
  const details = edited ?? live;
  const change = (next: Partial<DocumentDetails>) => {
    setEdited({ ...details, ...next });
    setSaved(false);
    command.clearError();
  };

  return (
    <form
      className="mc-form"
      aria-label={text('console.document.form')}
      onSubmit={async (event) => {
        event.preventDefault();
        const answer = await command.send({
          type: 'document.details',
          symbol: details.symbol.trim(),
          marking: details.marking,
          ...(details.date ? { date: details.date } : {}),
        });
        if (answer === null) return;
        setEdited(null);
        setSaved(true);
      }}
    >
      <p className="mc-hint">{text('console.document.hint')}</p>
      <div className="mc-field">
        <label htmlFor={`${id}-symbol`}>{text('console.document.symbol')}</label>
        <input
          id={`${id}-symbol`}
          value={details.symbol}
          onChange={(e) => change({ symbol: e.target.value })}
          placeholder={text('console.document.symbolPlaceholder')}
          maxLength={DOCUMENT_SYMBOL_MAX}
          spellCheck={false}
          data-testid="console-document-symbol"
        />
      </div>
      <div className="mc-fields">
        <div className="mc-field">
          <label htmlFor={`${id}-marking`}>{text('console.document.marking')}</label>
          <select
            id={`${id}-marking`}
            className="mc-select"
            value={details.marking}
            onChange={(e) => change({ marking: e.target.value === 'nonPaper' ? 'nonPaper' : 'draft' })}
            data-testid="console-document-marking"
          >
            {(['draft', 'nonPaper'] as const satisfies readonly DocumentMarking[]).map((marking) => (
              <option key={marking} value={marking}>
                {text(marking === 'draft' ? 'console.document.draft' : 'console.document.nonPaper')}
              </option>
            ))}
          </select>
        </div>
        <div className="mc-field">
          <label htmlFor={`${id}-date`}>{text('console.document.date')}</label>
          <input
            id={`${id}-date`}
            type="date"
            value={details.date ?? ''}
            onChange={(e) => {
              const { date: _date, ...rest } = details;
              setEdited(e.target.value === '' ? rest : { ...rest, date: e.target.value });
              setSaved(false);
              command.clearError();
            }}
            data-testid="console-document-date"
          />
        </div>
      </div>
      <button
        type="submit"
        className="mc-button"
        disabled={edited === null || command.pending}
        data-testid="console-document-save"
      >
        {text('console.document.save')}
      </button>
      <Refusal error={command.error} testId="console-document-refusal" />
      {saved && edited === null && (
        <p className="mc-hint" role="status">
          {text('console.document.saved')}
        </p>
      )}
    </form>
  );
}
