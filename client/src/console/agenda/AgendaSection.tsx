import { useMessages } from '../../i18n/useMessages.ts';
import { useAgenda } from '../../state/useAgenda.ts';
import { useCommand } from '../../state/useCommand.ts';
import { useModeration } from '../../state/useModeration.ts';
import { useConsole } from '../ConsoleContext.ts';
import { Refusal } from '../ui/Refusal.tsx';
import { AddAgendaItemForm } from './AddAgendaItemForm.tsx';
import { AgendaItemRow } from './AgendaItemRow.tsx';

/** The agenda: items with their state and time-box, which one is under discussion, and its countdown. */
export function AgendaSection() {
  const { roots } = useConsole();
  const items = useAgenda(roots);
  const { currentItemId, timer } = useModeration(roots);
  const clear = useCommand();
  const { text } = useMessages();

  return (
    <div className="mc-stack">
      {currentItemId !== null && (
        <div className="mc-row">
          <button
            type="button"
            className="mc-button mc-button--quiet"
            disabled={clear.pending}
            onClick={() => void clear.send({ type: 'agenda.setCurrent', itemId: null })}
            data-testid="console-clear-current"
          >
            {text('console.agenda.clearCurrent')}
          </button>
          <Refusal error={clear.error} />
        </div>
      )}
      {items.length === 0 ? (
        <p className="mc-empty">{text('console.agenda.empty')}</p>
      ) : (
        <ol className="mc-list" aria-label={text('console.agenda.items')}>
          {items.map((item, index) => (
            <AgendaItemRow
              key={item.id}
              item={item}
              index={index}
              count={items.length}
              current={item.id === currentItemId}
              endsAt={timer !== null && timer.itemId === item.id ? timer.startedAt + timer.durationMs : null}
            />
          ))}
        </ol>
      )}
      <AddAgendaItemForm />
    </div>
  );
}
