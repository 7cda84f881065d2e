import type { CreateSessionResponse } from '@parley/shared';
import type { MessageKey } from '../i18n/catalogs/english.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { CopyButton } from '../ui/CopyButton.tsx';
import { inviteHref } from './inviteHref.ts';

type InviteRole = 'mediator' | 'party' | 'observer' | 'languageServices';

interface InviteRow {
  readonly role: InviteRole;
  readonly partyId?: string;
  readonly label: string;
  readonly href: string;
}

/**
 * The invites a new session hands out: one for the mediator, one per party's delegation, one for
 * observers, one for the language services (translators and revisers of the language versions).
 */
export function InviteLinks({ session }: { session: CreateSessionResponse }) {
  const { text } = useMessages();
  const rows = inviteRows(session, text);
  return (
    <>
      <h3 className="invite-count">{text('landing.created.invites', { count: rows.length })}</h3>
      <ul className="invite-list">
        {rows.map((row) => (
          <li key={row.partyId ?? row.role} className="invite">
            <span className="invite__label" id={`invite-${row.partyId ?? row.role}`}>
              {row.label}
            </span>
            <a
              className="invite__url"
              dir="ltr"
              href={row.href}
              data-testid="invite-link"
              data-role={row.role}
              data-party-id={row.partyId}
              aria-describedby={`invite-${row.partyId ?? row.role}`}
            >
              {row.href}
            </a>
            <CopyButton text={row.href} label={text('copy.label', { what: row.label })} />
          </li>
        ))}
      </ul>
    </>
  );
}

type Translate = (key: MessageKey, values?: Record<string, string>) => string;

function inviteRows(session: CreateSessionResponse, text: Translate): InviteRow[] {
  const rows: InviteRow[] = [
    { role: 'mediator', label: text('landing.invite.mediator'), href: inviteHref(session.invites.mediator) },
  ];
  for (const party of session.parties) {
    const invite = session.invites.parties[party.id];
    if (invite)
      rows.push({
        role: 'party',
        partyId: party.id,
        label: text('landing.invite.party', { party: party.name }),
        href: inviteHref(invite),
      });
  }
  rows.push({ role: 'observer', label: text('landing.invite.observers'), href: inviteHref(session.invites.observer) });
  rows.push({
    role: 'languageServices',
    label: text('landing.invite.languageServices'),
    href: inviteHref(session.invites.languageServices),
  });
  return rows;
}
