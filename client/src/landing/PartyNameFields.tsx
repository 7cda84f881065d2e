import { useEffect, useId, useRef, useState } from 'react';
import { useMessages } from '../i18n/useMessages.ts';

export interface PartyField {
  /** A React key only: parties get their real ids from the server. */
  readonly key: number;
  readonly name: string;
}

let nextFieldKey = 0;
export function newPartyField(name = ''): PartyField {
  nextFieldKey += 1;
  return { key: nextFieldKey, name };
}

/** One labelled name field per party at the table, with add and remove buttons. */
export function PartyNameFields({
  parties,
  onChange,
}: {
  parties: readonly PartyField[];
  onChange: (parties: PartyField[]) => void;
}) {
  const id = useId();
  const inputs = useRef(new Map<number, HTMLInputElement>());
  const [focusKey, setFocusKey] = useState<number | null>(null);
  const { text } = useMessages();

  useEffect(() => {
    if (focusKey === null) return;
    inputs.current.get(focusKey)?.focus();
    setFocusKey(null);
  }, [focusKey]);

  const rename = (key: number, name: string) =>
    onChange(parties.map((party) => (party.key === key ? { ...party, name } : party)));

  const add = () => {
    const field = newPartyField();
    onChange([...parties, field]);
    setFocusKey(field.key);
  };

  const remove = (index: number) => {
    const rest = parties.filter((_, i) => i !== index);
    onChange(rest);
    // Keep keyboard users in the list: focus the field that took this one's place, or the last one.
    const next = rest[Math.min(index, rest.length - 1)];
    if (next) setFocusKey(next.key);
  };

  return (
    <fieldset className="field-group">
      <legend>{text('landing.parties.legend')}</legend>
      <p className="hint" id={`${id}-hint`}>
        {text('landing.parties.hint')}
      </p>
      <ol className="party-fields">
        {parties.map((party, index) => (
          <li key={party.key} className="party-field">
            <label htmlFor={`${id}-${party.key}`}>{text('landing.parties.label', { number: index + 1 })}</label>
            <input
              id={`${id}-${party.key}`}
              name="party"
              value={party.name}
              onChange={(event) => rename(party.key, event.target.value)}
              ref={(element) => {
                if (element) inputs.current.set(party.key, element);
                else inputs.current.delete(party.key);
              }}
              aria-describedby={`${id}-hint`}
              maxLength={200}
              autoComplete="off"
            />
            <button
              type="button"
              className="button button--small"
              onClick={() => remove(index)}
              disabled={parties.length <= 1}
              aria-label={
                party.name.trim()
                  ? text('landing.parties.removeLabelNamed', { number: index + 1, name: party.name.trim() })
                  : text('landing.parties.removeLabel', { number: index + 1 })
              }
            >
              {text('landing.parties.remove')}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="button" onClick={add} disabled={parties.length >= 32}>
        {text('landing.parties.add')}
      </button>
    </fieldset>
  );
}
