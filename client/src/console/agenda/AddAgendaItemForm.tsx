import { useId, useState } from 'react';
import { useMessages } from '../../i18n/useMessages.ts';
import { useCommand } from '../../state/useCommand.ts';
import { Refusal } from '../ui/Refusal.tsx';
import { parseMinutes } from './parseMinutes.ts';

/** Adds an item at the end of the agenda: a title, and optionally a time-box and a working group. */
export function AddAgendaItemForm() {
  const command = useCommand();
  const { text } = useMessages();
  const id = useId();
  const [title, setTitle] = useState('');
  const [minutes, setMinutes] = useState('');
  const [workingGroup, setWorkingGroup] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const add = async () => {
    const timebox = parseMinutes(minutes);
    if (!timebox.ok) {
      setProblem(text(timebox.error));
      return;
    }
    setProblem(null);
    const group = workingGroup.trim();
    const added = await command.send({
      type: 'agenda.add',
      title: title.trim(),
      ...(timebox.minutes !== null ? { timeboxMinutes: timebox.minutes } : {}),
      ...(group !== '' ? { workingGroup: group } : {}),
    });
    if (added !== null) {
      setTitle('');
      setMinutes('');
      setWorkingGroup('');
    }
  };

  return (
    <form
      className="mc-form mc-form--add"
      aria-label={text('console.agenda.addForm')}
      onSubmit={(event) => {
        event.preventDefault();
        void add();
      }}
    >
      <div className="mc-field">
        <label htmlFor={`${id}-title`}>{text('console.agenda.newItem')}</label>
        <input
          id={`${id}-title`}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          placeholder={text('console.agenda.newItemPlaceholder')}
          required
          maxLength={500}
          data-testid="console-agenda-new-title"
        />
      </div>
      <div className="mc-fields">
        <div className="mc-field mc-field--narrow">
          <label htmlFor={`${id}-minutes`}>{text('console.agenda.timebox')}</label>
          <input
            id={`${id}-minutes`}
            inputMode="numeric"
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
            placeholder={text('console.agenda.timeboxPlaceholder')}
            data-testid="console-agenda-new-timebox"
          />
        </div>
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
      </div>
      <button
        type="submit"
        className="mc-button mc-button--primary"
        disabled={command.pending || title.trim() === ''}
        data-testid="console-agenda-add"
      >
        {text('console.agenda.add')}
      </button>
      <Refusal error={problem ?? command.error} />
    </form>
  );
}
