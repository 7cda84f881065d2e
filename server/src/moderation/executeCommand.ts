import type { ClauseId, Command, Invite, PartyId, Role } from '@parley/shared';
import { clauseRecord, randomId, setClauseControl } from '@parley/shared';
import type { VerifiedParticipant } from '../auth/authenticate.ts';
import type { TokenSigner } from '../auth/TokenSigner.ts';
import { HttpError } from '../http/HttpError.ts';
import { inviteLink } from '../sessions/inviteLink.ts';
import type { SessionRecord, Storage } from '../storage/Storage.ts';
import type { SyncServer } from '../sync/SyncServer.ts';

export interface CommandContext {
  readonly storage: Storage;
  readonly signer: TokenSigner;
  readonly sync: SyncServer;
  readonly baseUrl: string;
}

export type CommandResult = { readonly ok: true; readonly invite?: Invite };

const OK: CommandResult = { ok: true };

function requireMediator(actor: VerifiedParticipant, command: Command): void {
  if (actor.role !== 'mediator') throw new HttpError(403, `only the mediator may ${command.type}`);
}

function requireCapability(session: SessionRecord, role: Role, partyId: string | undefined): PartyId | null {
  if (role === 'delegate') {
    const party = session.parties.find((p) => p.id === partyId);
    if (!party) throw new HttpError(400, 'partyId: a delegate invite needs a party of this session');
    return party.id;
  }
  if (partyId !== undefined) throw new HttpError(400, `partyId: only delegate invites have a party`);
  return null;
}

/**
 * Applies one server-authoritative action. Document changes are made by the server on its copy, so
 * every client sees them through sync; the caller has authenticated `actor` for `session`.
 */
export function executeCommand(
  context: CommandContext,
  session: SessionRecord,
  actor: VerifiedParticipant,
  command: Command,
): CommandResult {
  const { storage } = context;
  switch (command.type) {
    case 'invite.revoke': {
      requireMediator(actor, command);
      const partyId = requireCapability(session, command.role, command.partyId);
      const active = storage
        .listInvites(session.id)
        .filter((i) => i.role === command.role && i.partyId === partyId && i.revokedAt === null);
      if (active.length === 0) throw new HttpError(409, 'no active invite for that role');
      const now = Date.now();
      for (const invite of active) storage.revokeInvite(invite.id, now);
      return OK;
    }
    case 'invite.reissue': {
      requireMediator(actor, command);
      const partyId = requireCapability(session, command.role, command.partyId);
      const invite = {
        id: randomId(12),
        sessionId: session.id,
        role: command.role,
        partyId,
        createdAt: Date.now(),
        revokedAt: null,
      };
      storage.addInvite(invite);
      return { ok: true, invite: inviteLink(context.baseUrl, invite, context.signer) };
    }
    case 'participant.remove': {
      requireMediator(actor, command);
      const target = storage.getParticipant(command.participantId as VerifiedParticipant['participantId']);
      if (!target || target.sessionId !== session.id) throw new HttpError(404, 'participantId: no such participant');
      if (target.id === actor.participantId) throw new HttpError(409, 'you cannot remove yourself');
      if (target.removedAt !== null) throw new HttpError(409, 'that participant was already removed');
      storage.removeParticipant(target.id, Date.now());
      context.sync.disconnectParticipant(target.id);
      return OK;
    }
    case 'clause.lock':
    case 'clause.unlock': {
      requireMediator(actor, command);
      const locked = command.type === 'clause.lock';
      context.sync.changePlenary(session.id, (roots) => {
        const record = clauseRecord(roots, command.clauseId as ClauseId);
        if (!record) throw new HttpError(404, 'clauseId: no such clause');
        if (record.get('locked') === locked)
          throw new HttpError(409, `the clause is already ${locked ? 'locked' : 'unlocked'}`);
        setClauseControl(record, 'locked', locked);
      });
      return OK;
    }
  }
}
