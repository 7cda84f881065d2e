import type { InviteLink } from '@parley/shared';
import { useState } from 'react';
import { useMessages } from '../../i18n/useMessages.ts';
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
  const { text } = useMessages();
  const [issued, setIssued] = useState<string | null>(null);
  const payload = { role: capability.role, ...(capability.partyId !== null ? { partyId: capability.partyId } : {}) };

  const revoke = async () => {
    const warning = text('console.invites.revokeConfirm', { count: links.length, seat: capability.label });
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
        {links.length === 0 && <span className="mc-tag">{text('console.invites.none')}</span>}
      </div>
      {links.map((link) => (
        <div key={link.token} className="mc-link">
          <input
            className="mc-link__url"
            readOnly
            value={link.url}
            aria-label={text('console.invites.urlLabel', { seat: capability.label })}
            onFocus={(event) => event.currentTarget.select()}
            data-testid="console-invite-url"
          />
          <CopyButton text={link.url} label={text('console.invites.copyLabel', { seat: capability.label })} />
        </div>
      ))}
      {issued !== null && (
        <p className="mc-hint" role="status" data-testid="console-invite-issued">
          {text('console.invites.issued')} <span className="mc-link__plain">{issued}</span>
        </p>
      )}
      <div className="mc-row">
        {links.length > 0 && (
          <button
            type="button"
            className="mc-button mc-button--danger"
            disabled={command.pending}
            aria-label={text('console.invites.revokeLabel', { seat: capability.label })}
            data-testid="console-invite-revoke"
            onClick={() => void revoke()}
          >
            {text('console.invites.revoke')}
          </button>
        )}
        <button
          type="button"
          className="mc-button"
          disabled={command.pending}
          aria-label={text('console.invites.reissueLabel', { seat: capability.label })}
          data-testid="console-invite-reissue"
          onClick={() => void reissue()}
        >
          {text('console.invites.reissue')}
        </button>
      </div>
      <Refusal error={command.error} />
    </li>
  );
}
