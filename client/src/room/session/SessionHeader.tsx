import { useMessages } from '../../i18n/useMessages.ts';
import type { SessionMeta } from '../../state/useSessionMeta.ts';

/** The session's title and the parties at the table, each in its own colour. */
export function SessionHeader({ meta }: { meta: SessionMeta }) {
  const { text } = useMessages();
  return (
    <header className="session-header">
      <h1 id="session-title" dir="auto" data-testid="session-title">
        {meta.title || text('room.untitled')}
      </h1>
      <h2 className="visually-hidden" id="parties-heading">
        {text('room.parties')}
      </h2>
      <ul className="parties" aria-labelledby="parties-heading">
        {meta.parties.map((party) => (
          <li
            key={party.id}
            className="party"
            data-testid="party"
            data-party-id={party.id}
            style={{ borderColor: party.color }}
          >
            <span className="party__swatch" style={{ backgroundColor: party.color }} aria-hidden="true" />
            {party.name}
          </li>
        ))}
      </ul>
    </header>
  );
}
