import type { AgendaItem } from '@parley/shared';
import { useId, useState } from 'react';
import { useMessages } from '../../i18n/useMessages.ts';
import { useCommand } from '../../state/useCommand.ts';
import { Refusal } from '../ui/Refusal.tsx';
import { parseMinutes } from './parseMinutes.ts';

/** Edits an item's title, working group and time-box (an empty time-box clears it). */
export function EditAgendaItemForm({ item, onDone }: { item: AgendaItem; onDone: () => void }) {
  const command = useCommand();
  const { text } = useMessages();
  const id = useId();
  const [title, setTitle] = useState(item.title);
  const [workingGroup, setWorkingGroup] = useState(item.workingGroup ?? '');
  const [minutes, setMinutes] = useState(item.timeboxMinutes === null ? '' : String(item.timeboxMinutes));
  const [problem, setProblem] = useState<string | null>(null);

  const save = async () => {
    const timebox = parseMinutes(minutes);
    if (!timebox.ok) {
      setProblem(text(timebox.error));
      return;
    }
    setProblem(null);
    const trimmedTitle = title.trim();
    const group = workingGroup.trim();
    if (trimmedTitle !== item.title || group !== (item.workingGroup ?? '')) {
      const edited = await command.send({
        type: 'agenda.edit',
        itemId: item.id,
        ...(trimmedTitle !== item.title ? { title: trimmedTitle } : {}),
        ...(group !== (item.workingGroup ?? '') ? { workingGroup: group === '' ? null : group } : {}),
      });
      if (edited === null) return;
    }
    if (timebox.minutes !== item.timeboxMinutes) {
      const timed = await command.send({ type: 'agenda.timebox', itemId: item.id, minutes: timebox.minutes });
      if (timed === null) return;
    }
    onDone();
  };

  return (
    <form
      className="mc-form"
      aria-label={text('console.agenda.editLabel', { title: item.title })}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <div className="mc-field">
        <label htmlFor={`${id}-title`}>{text('console.agenda.title')}</label>
        <input id={`${id}-title`} value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={500} />
      </div>
      <div className="mc-fields">
        <div className="mc-field">
          <label htmlFor={`${id}-group`}>{text('console.agenda.group')}</label>
          <input
            id={`${id}-group`}
            value={workingGroup}
            onChange={(e) => setWorkingGroup(e.target.value)}
            placeholder={text('console.agenda.groupPlaceholder')}
            maxLength={200}
          />
        </div>
        <div className="mc-field mc-field--narrow">
          <label htmlFor={`${id}-minutes`}>{text('console.agenda.timebox')}</label>
          <input
            id={`${id}-minutes`}
            inputMode="numeric"
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
            placeholder={text('console.agenda.timeboxPlaceholder')}
            data-testid="console-agenda-edit-timebox"
          />
        </div>
      </div>
      <div className="mc-row">
        <button type="submit" className="mc-button mc-button--primary" disabled={command.pending}>
          {text('console.save')}
        </button>
        <button type="button" className="mc-button mc-button--quiet" onClick={onDone}>
          {text('console.cancel')}
        </button>
      </div>
      <Refusal error={problem ?? command.error} />
    </form>
  );
}
