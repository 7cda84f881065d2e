import type { SessionSummary } from '@parley/shared';
import { describeRole } from '../../participant/describeRole.ts';
import type { LocalUser } from './LocalUser.ts';

/** Who you are in this session, as the server knows you: name and seat at the table. */
export function YouBadge({ summary, user }: { summary: SessionSummary; user: LocalUser }) {
  return (
    <p className="you" data-testid="you" data-role={summary.you.role}>
      <span className="swatch" style={{ backgroundColor: user.color }} aria-hidden="true" />
      <span className="visually-hidden">You are </span>
      <strong data-testid="you-name">{summary.you.name}</strong>
      <span className="you__role" data-testid="you-role">
        {describeRole(summary.you, summary.parties)}
      </span>
    </p>
  );
}
