import { useMessages } from '../../i18n/useMessages.ts';
import { useConsole } from '../ConsoleContext.ts';
import { AddClauseForm } from './AddClauseForm.tsx';
import { ClauseRow } from './ClauseRow.tsx';
import { useConsoleClauses } from './useConsoleClauses.ts';

/** The text's clauses: status, lock, order, options and open proposals, one row each. */
export function ClausesSection() {
  const { roots } = useConsole();
  const clauses = useConsoleClauses(roots);
  const { text } = useMessages();
  return (
    <div className="mc-stack">
      {clauses.length === 0 ? (
        <p className="mc-empty">{text('console.clause.empty')}</p>
      ) : (
        <ol className="mc-list" aria-label={text('console.clause.list')}>
          {clauses.map((clause, index) => (
            <ClauseRow key={clause.id} clause={clause} index={index} count={clauses.length} />
          ))}
        </ol>
      )}
      <AddClauseForm />
    </div>
  );
}
