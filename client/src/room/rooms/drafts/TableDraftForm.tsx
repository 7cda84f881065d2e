import type { ClauseKind, Command, TableAs } from '@parley/shared';
import type { FormEvent } from 'react';
import { useId, useState } from 'react';
import type { MessageKey } from '../../../i18n/catalogs/english.ts';
import { useMessages } from '../../../i18n/useMessages.ts';
import { useCommand } from '../../../state/useCommand.ts';
import { asSentence } from '../../../ui/asSentence.ts';
import type { ClauseSummary } from '../../clauses/useClauses.ts';

interface TableDraftFormProps {
  readonly room: string;
  readonly draftId: string;
  readonly draftLabel: string;
  /** A caucus speaks for its party: its drafts may also go in as a textual proposal. */
  readonly proposals: boolean;
  readonly clauses: readonly ClauseSummary[];
  readonly onDone: () => void;
}

const AS_LABELS: Readonly<Record<TableAs, MessageKey>> = {
  clause: 'rooms.table.asClause',
  option: 'rooms.table.asOption',
  proposal: 'rooms.table.asProposal',
};

/** "Table in the plenary": as a new clause (preamble or operative), an option of a clause, or a proposal. */
export function TableDraftForm({ room, draftId, draftLabel, proposals, clauses, onDone }: TableDraftFormProps) {
  const ids = useId();
  const [as, setAs] = useState<TableAs>('clause');
  const [kind, setKind] = useState<ClauseKind>('operative');
  const [clauseId, setClauseId] = useState<string>(clauses[0]?.id ?? '');
  const { send, pending, error } = useCommand();
  const { text } = useMessages();
  const choices: TableAs[] = proposals ? ['clause', 'option', 'proposal'] : ['clause', 'option'];
  const needsClause = as !== 'clause';
  const chosenClause = clauses.some((clause) => clause.id === clauseId) ? clauseId : (clauses[0]?.id ?? '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const command: Command =
      as === 'clause'
        ? { type: 'draft.table', room, draftId, as, kind }
        : { type: 'draft.table', room, draftId, as, clauseId: chosenClause };
    if (await send(command)) onDone();
  };

  return (
    <form className="table-draft stack" onSubmit={(event) => void submit(event)} data-testid="table-draft-form">
      <fieldset className="table-draft__choices">
        <legend>{text('rooms.table.legend', { draft: draftLabel })}</legend>
        {choices.map((choice) => (
          <label key={choice} className="checkbox" htmlFor={`${ids}-${choice}`}>
            <input
              id={`${ids}-${choice}`}
              type="radio"
              name={`${ids}-as`}
              value={choice}
              checked={as === choice}
              onChange={() => setAs(choice)}
              data-testid={`table-as-${choice}`}
            />
            {text(AS_LABELS[choice])}
          </label>
        ))}
      </fieldset>
      {needsClause ? (
        <label htmlFor={`${ids}-clause`} className="table-draft__field">
          {text('rooms.table.clause')}
          <select
            id={`${ids}-clause`}
            value={chosenClause}
            onChange={(event) => setClauseId(event.target.value)}
            data-testid="table-clause"
          >
            {clauses.map((clause) => (
              <option key={clause.id} value={clause.id}>
                {clauseChoiceLabel(clause, text)}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <label htmlFor={`${ids}-kind`} className="table-draft__field">
          {text('rooms.table.part')}
          <select
            id={`${ids}-kind`}
            value={kind}
            onChange={(event) => setKind(event.target.value === 'preamble' ? 'preamble' : 'operative')}
            data-testid="table-kind"
          >
            <option value="operative">{text('rooms.table.operative')}</option>
            <option value="preamble">{text('rooms.table.preamble')}</option>
          </select>
        </label>
      )}
      <div className="row">
        <button
          type="submit"
          className="button button--small"
          disabled={pending || (needsClause && chosenClause === '')}
          data-testid="table-submit"
        >
          {text('rooms.table.submit')}
        </button>
        <button type="button" className="button button--small" onClick={onDone}>
          {text('rooms.table.cancel')}
        </button>
      </div>
      {needsClause && clauses.length === 0 && <p className="hint">{text('rooms.table.noClauses')}</p>}
      {error && (
        <p className="error" role="alert" data-testid="table-draft-error">
          {asSentence(error)}
        </p>
      )}
    </form>
  );
}

/** "Clause 2: Verification" or "Clause PP1: Recalling the …". */
function clauseChoiceLabel(clause: ClauseSummary, text: ReturnType<typeof useMessages>['text']): string {
  const heading = clause.heading.toString().trim();
  const words =
    heading ||
    clause.body
      .toString()
      .replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const shown = words.length > 60 ? `${words.slice(0, 59)}…` : words;
  return shown
    ? text('rooms.table.choiceWords', { number: clause.number, words: shown })
    : text('rooms.table.choice', { number: clause.number });
}
