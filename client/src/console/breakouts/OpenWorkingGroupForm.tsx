import { useId, useState } from 'react';
import { useMessages } from '../../i18n/useMessages.ts';
import { useIdentity } from '../../state/IdentityContext.ts';
import { useCommand } from '../../state/useCommand.ts';
import { useConsole } from '../ConsoleContext.ts';
import { seatLabel } from '../presence/seatLabel.ts';
import { Refusal } from '../ui/Refusal.tsx';

/**
 * Opens a working group: a label and the participants who draft in it, picked from everyone who joined
 * (offline people too: they find the group's room when they come back).
 */
export function OpenWorkingGroupForm() {
  const { you } = useIdentity();
  const { presence, roster, parties } = useConsole();
  const command = useCommand();
  const { text } = useMessages();
  const id = useId();
  const [label, setLabel] = useState('');
  const [members, setMembers] = useState<ReadonlySet<string>>(new Set());

  const candidates = new Map<string, string>();
  const online = new Set((presence.online ?? []).map((entry) => entry.participantId));
  const people = [
    ...[...roster.people.values()].filter((entry) => !entry.removed),
    ...(presence.online ?? []).filter((entry) => !roster.people.has(entry.participantId)),
  ];
  for (const entry of people) {
    if (entry.role === 'observer' || entry.participantId === you.participantId) continue;
    const seat = seatLabel(entry.role, entry.partyId ?? null, parties, text);
    candidates.set(
      entry.participantId,
      online.has(entry.participantId)
        ? `${entry.name} (${seat})`
        : text('console.group.candidateOffline', { name: entry.name, seat }),
    );
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
    const answer = await command.send({ type: 'breakout.open', label: label.trim(), participantIds: chosen });
    if (answer !== null) {
      setLabel('');
      setMembers(new Set());
    }
  };

  return (
    <form
      className="mc-form mc-form--add"
      aria-label={text('console.group.form')}
      onSubmit={(event) => {
        event.preventDefault();
        void open();
      }}
    >
      <div className="mc-field">
        <label htmlFor={`${id}-label`}>{text('console.group.label')}</label>
        <input
          id={`${id}-label`}
          value={label}
          onChange={(e) => setLabel(e.target.value)}
          placeholder={text('console.group.placeholder')}
          maxLength={100}
          required
          data-testid="console-group-label"
        />
      </div>
      <fieldset className="mc-fieldset">
        <legend>{text('console.group.members')}</legend>
        {candidates.size === 0 ? (
          <p className="mc-empty">{text('console.group.nobody')}</p>
        ) : (
          [...candidates].map(([participantId, description]) => (
            <label key={participantId} className="mc-check">
              <input
                type="checkbox"
                checked={members.has(participantId)}
                onChange={(event) => toggle(participantId, event.target.checked)}
              />
              {description}
            </label>
          ))
        )}
      </fieldset>
      <button
        type="submit"
        className="mc-button"
        disabled={command.pending || label.trim() === '' || chosen.length === 0}
        data-testid="console-open-group"
      >
        {text('console.group.open')}
      </button>
      <Refusal error={command.error} />
    </form>
  );
}
