import type { CreateSessionResponse } from '@parley/shared';
import { CopyButton } from '../ui/CopyButton.tsx';
import { inviteHref } from './inviteHref.ts';

type InviteRole = 'mediator' | 'party' | 'observer';

interface InviteRow {
  readonly role: InviteRole;
  readonly partyId?: string;
  readonly label: string;
  readonly href: string;
}

/** The invites a new session hands out: one for the mediator, one per party's delegation, one for observers. */
export function InviteLinks({ session }: { session: CreateSessionResponse }) {
  const rows = inviteRows(session);
  return (
    <ul className="invite-list">
      {rows.map((row) => (
        <li key={row.partyId ?? row.role} className="invite">
          <span className="invite__label" id={`invite-${row.partyId ?? row.role}`}>
            {row.label}
          </span>
          <a
            className="invite__url"
            href={row.href}
            data-testid="invite-link"
            data-role={row.role}
            data-party-id={row.partyId}
            aria-describedby={`invite-${row.partyId ?? row.role}`}
          >
            {row.href}
          </a>
          <CopyButton text={row.href} label={`the ${row.label.toLowerCase()} link`} />
        </li>
      ))}
    </ul>
  );
}

function inviteRows(session: CreateSessionResponse): InviteRow[] {
  const rows: InviteRow[] = [{ role: 'mediator', label: 'Mediator', href: inviteHref(session.invites.mediator) }];
  for (const party of session.parties) {
    const invite = session.invites.parties[party.id];
    if (invite)
      rows.push({ role: 'party', partyId: party.id, label: `Delegation of ${party.name}`, href: inviteHref(invite) });
  }
  rows.push({ role: 'observer', label: 'Observers', href: inviteHref(session.invites.observer) });
  return rows;
}
