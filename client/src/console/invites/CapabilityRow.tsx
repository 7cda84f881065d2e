import type { InviteLink } from '@parley/shared';
import { useState } from 'react';
import { useCommand } from '../../state/useCommand.ts';
import { CopyButton } from '../../ui/CopyButton.tsx';
import { Refusal } from '../ui/Refusal.tsx';
import type { Capability } from './InvitesSection.tsx';

/** One seat's invite links: each can be copied; revoking stops new joins with them; a new link can be issued. */
export function CapabilityRow({
  capability,
  links,
  onChanged,
}: {
  capability: Capability;
  links: readonly InviteLink[];
  onChanged: () => void;
}) {
  const command = useCommand();
  const [issued, setIssued] = useState<string | null>(null);
  const payload = { role: capability.role, ...(capability.partyId !== null ? { partyId: capability.partyId } : {}) };

  const revoke = async () => {
    const warning = `Revoke the invite link${links.length > 1 ? 's' : ''} for ${capability.label}? Nobody new can join with ${links.length > 1 ? 'them' : 'it'}; people already in stay.`;
    if (!window.confirm(warning)) return;
    if ((await command.send({ type: 'invite.revoke', ...payload })) !== null) {
      setIssued(null);
      onChanged();
    }
  };
  const reissue = async () => {
    const answer = await command.send({ type: 'invite.reissue', ...payload });
    if (answer !== null) {
      setIssued(answer.invite?.url ?? null);
      onChanged();
    }
  };

  return (
    <li className="mc-item" data-testid="console-invite" data-role={capability.role}>
      <div className="mc-item__head">
        <span className="mc-item__title">{capability.label}</span>
        {links.length === 0 && <span className="mc-tag">no active link</span>}
      </div>
      {links.map((link) => (
        <div key={link.token} className="mc-link">
          <input
            className="mc-link__url"
            readOnly
            value={link.url}
            aria-label={`Invite link for ${capability.label}`}
            onFocus={(event) => event.currentTarget.select()}
            data-testid="console-invite-url"
          />
          <CopyButton text={link.url} label={`Copy the invite link for ${capability.label}`} />
        </div>
      ))}
      {issued !== null && (
        <p className="mc-hint" role="status" data-testid="console-invite-issued">
          New link issued: <span className="mc-link__plain">{issued}</span>
        </p>
      )}
      <div className="mc-row">
        {links.length > 0 && (
          <button
            type="button"
            className="mc-button mc-button--danger"
            disabled={command.pending}
            aria-label={`Revoke the invite links for ${capability.label}`}
            data-testid="console-invite-revoke"
            onClick={() => void revoke()}
          >
            Revoke
          </button>
        )}
        <button
          type="button"
          className="mc-button"
          disabled={command.pending}
          aria-label={`New link for ${capability.label}`}
          data-testid="console-invite-reissue"
          onClick={() => void reissue()}
        >
          New link
        </button>
      </div>
      <Refusal error={command.error} />
    </li>
  );
}
