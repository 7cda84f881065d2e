import type { Command } from '@parley/shared';
import { COMMAND_ROLES, commandPhrase, isAdopted, plenaryRoots, ROLE_PLURAL_NAMES, readSettings } from '@parley/shared';
import type * as Y from 'yjs';
import { Refusal } from '../domain/Refusal.ts';
import { runAgendaCommand } from './agendaCommands.ts';
import { runAlignmentCommand } from './alignmentCommands.ts';
import { runBracketCommand } from './bracketCommands.ts';
import type { CommandContext, CommandResult } from './CommandContext.ts';
import { runClauseCommand } from './clauseCommands.ts';
import { runClosingCommand } from './closingCommands.ts';
import { runDocumentDetailsCommand } from './documentDetailsCommand.ts';
import { runDraftCommand } from './draftCommands.ts';
import { runFloorCommand } from './floorCommands.ts';
import { runInviteCommand } from './inviteCommands.ts';
import { ensureLanguageVersions } from './languageVersions.ts';
import type { PlenaryDocuments } from './PlenaryDocuments.ts';
import { runParticipantCommand } from './participantCommands.ts';
import { runSessionCommand } from './sessionCommands.ts';
import { refuseUnderSilence } from './silenceGuard.ts';
import { runSuggestionCommand } from './suggestionCommands.ts';
import { runVersionCommand } from './versionCommands.ts';

/**
 * What the parties still do once the text is adopted, which freezes the session: their capitals
 * confirm ad referendum acceptances, and their heads of delegation initial the text.
 */
const AFTER_ADOPTION: readonly Command['type'][] = ['adoption.confirm', 'text.initial'];
const frozenFor = (type: Command['type']) => (doc: Y.Doc) => {
  const roots = plenaryRoots(doc);
  if (!readSettings(roots).frozen) return false;
  return !(AFTER_ADOPTION.includes(type) && isAdopted(roots));
};

function dispatch(ctx: CommandContext, command: Command): Promise<CommandResult> {
  switch (command.type) {
    case 'invite.revoke':
    case 'invite.reissue':
      return runInviteCommand(ctx, command);
    case 'participant.remove':
    case 'participant.mute':
    case 'participant.unmute':
      return runParticipantCommand(ctx, command);
    case 'agenda.add':
    case 'agenda.edit':
    case 'agenda.move':
    case 'agenda.remove':
    case 'agenda.setCurrent':
    case 'agenda.setState':
    case 'agenda.timebox':
      return runAgendaCommand(ctx, command);
    case 'queue.raiseHand':
    case 'queue.lowerHand':
    case 'queue.close':
    case 'queue.reopen':
    case 'floor.give':
    case 'floor.next':
    case 'floor.end':
    case 'floor.setLimit':
      return runFloorCommand(ctx, command);
    case 'clause.alignLanguage':
      return runAlignmentCommand(ctx, command);
    case 'clause.add':
    case 'clause.move':
    case 'clause.remove':
    case 'clause.setStatus':
    case 'clause.lock':
    case 'clause.unlock':
    case 'clause.addOption':
    case 'clause.collapseOptions':
    case 'clause.restoreOptions':
    case 'clause.signOff':
    case 'clause.withdrawSignOff':
    case 'clause.agreeWithoutObjection':
    case 'clause.reopen':
    case 'clause.comment':
    case 'clause.decideProposal':
      return runClauseCommand(ctx, command);
    case 'bracket.reassign':
      return runBracketCommand(ctx, command);
    case 'session.freeze':
    case 'session.oneText':
    case 'session.observersMayExport':
    case 'session.workingGroupsMayTable':
    case 'session.holdersMaySettleSuggestions':
    case 'session.editMode':
    case 'session.languages':
    case 'breakout.open':
    case 'breakout.close':
      return runSessionCommand(ctx, command);
    case 'document.details':
      return runDocumentDetailsCommand(ctx, command);
    case 'draft.table':
      return runDraftCommand(ctx, command);
    case 'suggestion.accept':
    case 'suggestion.reject':
      return runSuggestionCommand(ctx, command);
    case 'version.save':
      return runVersionCommand(ctx, command);
    case 'adoption.propose':
    case 'adoption.accept':
    case 'adoption.confirm':
    case 'silence.start':
    case 'silence.break':
    case 'text.initial':
      return runClosingCommand(ctx, command);
  }
}

/**
 * Applies one server-authoritative action and writes it to the audit log, allowed or not. Document
 * changes are made by the server on its copy, so every client sees them through sync. A command
 * awaits storage between its reads, its change and its record: run it through `CommandQueue` so
 * two commands of one session never interleave.
 */
export async function executeCommand(ctx: CommandContext, command: Command): Promise<CommandResult> {
  const { type, ...payload } = command;
  const audit = (outcome: 'ok' | 'refused', detail: Record<string, unknown>) =>
    ctx.storage.appendAudit({
      sessionId: ctx.session.id,
      at: ctx.now,
      participantId: ctx.actor.participantId,
      role: ctx.actor.role,
      action: type,
      detail,
      outcome,
    });
  try {
    const allowed = COMMAND_ROLES[type];
    if (!allowed.includes(ctx.actor.role)) {
      const who = allowed.map((role) => ROLE_PLURAL_NAMES[role]).join(' and ');
      throw new Refusal(
        'forbidden',
        `Only ${who} may ${commandPhrase(type)}; ${ROLE_PLURAL_NAMES[ctx.actor.role]} may not.`,
      );
    }
    // Freezing stops every change but the mediators': commands too, not only edits of the text.
    if (ctx.actor.role !== 'mediator' && (await ctx.documents.readPlenary(ctx.session.id, frozenFor(type)))) {
      throw new Refusal(
        'conflict',
        `The session is frozen: until the mediator unfreezes it, nobody but the mediators can change anything, so you cannot ${commandPhrase(type)} now.`,
      );
    }
    // Text under silence holds still: commands that would change it wait for the procedure to end.
    await ctx.documents.readPlenary(ctx.session.id, (doc) => refuseUnderSilence(plenaryRoots(doc), command));
    const { auditDetail, ...result } = await dispatch({ ...ctx, documents: actingFor(ctx) }, command);
    const { ok: _ok, invite: _invite, ...created } = result;
    await audit('ok', { ...payload, ...created, ...auditDetail });
    return result;
  } catch (error) {
    if (error instanceof Refusal) await audit('refused', { ...payload, refusal: error.kind, reason: error.message });
    throw error;
  }
}

/**
 * The session's documents, with every change the command makes attributed to whoever runs it. A
 * command that adds a clause, an option or a language (clause.add, clause.addOption, draft.table,
 * session.languages …) leaves the language versions it calls for created in the same transaction.
 */
function actingFor(ctx: CommandContext): PlenaryDocuments {
  const { documents, actor } = ctx;
  return {
    changePlenary: (sessionId, change) =>
      documents.changePlenary(
        sessionId,
        (roots) => {
          const result = change(roots);
          ensureLanguageVersions(roots);
          return result;
        },
        actor.participantId,
      ),
    readPlenary: (sessionId, read) => documents.readPlenary(sessionId, read),
    changeRoom: (ref, change) => documents.changeRoom(ref, change),
    readRoom: (ref, read) => documents.readRoom(ref, read),
    disconnectParticipant: (participantId) => documents.disconnectParticipant(participantId),
    closeWorkingGroupRoom: (sessionId, breakoutId) => documents.closeWorkingGroupRoom(sessionId, breakoutId),
  };
}
