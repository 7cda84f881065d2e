import { useId, useState } from 'react';
import { useConsole } from '../ConsoleContext.ts';
import { seatLabel } from '../presence/seatLabel.ts';
import { Refusal } from '../ui/Refusal.tsx';
import { useCommand } from '../useCommand.ts';

/** Opens a working group: a label and the participants (picked from those online) who draft in it. */
export function OpenWorkingGroupForm() {
  const { presence, parties, you } = useConsole();
  const command = useCommand();
  const id = useId();
  const [label, setLabel] = useState('');
  const [members, setMembers] = useState<ReadonlySet<string>>(new Set());

  const candidates = new Map<string, string>();
  for (const entry of presence.online ?? []) {
    if (entry.role === 'observer' || entry.participantId === you.participantId) continue;
    candidates.set(entry.participantId, `${entry.name} (${seatLabel(entry.role, entry.partyId, parties)})`);
  }
  const chosen = [...members].filter((participantId) => candidates.has(participantId));

  const toggle = (participantId: string, on: boolean) =>
    setMembers((previous) => {
      const next = new Set(previous);
      if (on) next.add(participantId);
      else next.delete(participantId);
      return next;
    });

  const open = async () => {
    const answer = await command.run({ type: 'breakout.open', label: label.trim(), participantIds: chosen });
    if (answer !== null) {
      setLabel('');
      setMembers(new Set());
    }
  };

  return (
    <form
      className="mc-form mc-form--add"
      aria-label="Open a working group"
      onSubmit={(event) => {
        event.preventDefault();
        void open();
      }}
    >
      <div className="mc-field">
        <label htmlFor={`${id}-label`}>Working group</label>
        <input
          id={`${id}-label`}
          value={label}
          onChange={(e) => setLabel(e.target.value)}
          placeholder="e.g. Drafting group on water"
          maxLength={100}
          required
          data-testid="console-group-label"
        />
      </div>
      <fieldset className="mc-fieldset">
        <legend>Members (online now)</legend>
        {candidates.size === 0 ? (
          <p className="mc-empty">Nobody else is online.</p>
        ) : (
          [...candidates].map(([participantId, text]) => (
            <label key={participantId} className="mc-check">
              <input
                type="checkbox"
                checked={members.has(participantId)}
                onChange={(event) => toggle(participantId, event.target.checked)}
              />
              {text}
            </label>
          ))
        )}
      </fieldset>
      <button
        type="submit"
        className="mc-button"
        disabled={command.busy || label.trim() === '' || chosen.length === 0}
        data-testid="console-open-group"
      >
        Open working group
      </button>
      <Refusal error={command.error} />
    </form>
  );
}
