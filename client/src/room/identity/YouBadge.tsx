import type { SessionSummary } from '@parley/shared';
import { useMessages } from '../../i18n/useMessages.ts';
import type { LocalUser } from './LocalUser.ts';

/** Who you are in this session, as the server knows you: name and seat at the table. */
export function YouBadge({ summary, user }: { summary: SessionSummary; user: LocalUser }) {
  const { text } = useMessages();
  const party = summary.parties.find((candidate) => candidate.id === summary.you.partyId);
  return (
    <p className="you" data-testid="you" data-role={summary.you.role}>
      <span className="swatch" style={{ backgroundColor: user.color }} aria-hidden="true" />
      <span className="visually-hidden">{text('room.you.prefix')} </span>
      <strong data-testid="you-name">{summary.you.name}</strong>
      <span className="you__role" data-testid="you-role">
        {summary.you.role === 'languageServices'
          ? text('versions.role.name')
          : text('room.you.role', {
              // A delegate whose party is unknown here is named as a delegate, without a party.
              role: summary.you.role === 'delegate' && party === undefined ? 'unseated' : summary.you.role,
              party: party?.name ?? '',
            })}
      </span>
    </p>
  );
}
