import type { Role } from '@parley/shared';
import { invitesAnswerSchema } from '@parley/shared';
import { useMessages } from '../../i18n/useMessages.ts';
import { useIdentity } from '../../state/IdentityContext.ts';
import { useConsole } from '../ConsoleContext.ts';
import { useFetched } from '../state/useFetched.ts';
import { Refusal } from '../ui/Refusal.tsx';
import { CapabilityRow } from './CapabilityRow.tsx';

/** A capability an invite grants: a role, and for delegates their party. */
export interface Capability {
  readonly role: Role;
  readonly partyId: string | null;
  readonly label: string;
}

/** The invite links per seat: copy them, revoke them, or issue a new one. */
export function InvitesSection() {
  const { sessionId, token } = useIdentity();
  const { parties } = useConsole();
  const { text } = useMessages();
  const invites = useFetched(`/api/sessions/${sessionId}/invites`, invitesAnswerSchema, token);
  const capabilities: Capability[] = [
    { role: 'mediator', partyId: null, label: text('console.invites.mediators') },
    ...parties.map((party) => ({
      role: 'delegate' as const,
      partyId: party.id,
      label: text('seat.delegationOf', { party: party.name }),
    })),
    { role: 'observer', partyId: null, label: text('console.invites.observers') },
  ];
  return (
    <div className="mc-stack">
      <Refusal error={invites.error} />
      {invites.value === null ? (
        invites.error === null && <p className="mc-empty">{text('console.invites.loading')}</p>
      ) : (
        <ul className="mc-list" aria-label={text('console.section.invites')}>
          {capabilities.map((capability) => (
            <CapabilityRow
              key={`${capability.role}-${capability.partyId ?? ''}`}
              capability={capability}
              links={(invites.value?.invites ?? []).filter(
                (invite) => invite.role === capability.role && invite.partyId === capability.partyId,
              )}
              onChanged={invites.reload}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
