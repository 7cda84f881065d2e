import type {
  Clause,
  ClauseComment,
  ClauseId,
  ClauseStatus,
  ClauseTransition,
  Command,
  PartyId,
  PlenaryRoots,
  TransitionVerdict,
} from '@parley/shared';
import {
  appendParagraph,
  checkSetStatus,
  checkTransition,
  clauseCommentSchema,
  clauseComments,
  clauseFactsOf,
  clauseOptions,
  clauseRecord,
  clauseSignOffs,
  clauseWording,
  createClauseOption,
  DISPOSITION_NAMES,
  insertClause,
  isWordingFrozen,
  mayWrite,
  newCommentId,
  plenaryWriteContext,
  proposalOptionLabel,
  readClause,
  readModeration,
  readParties,
  replaceRichText,
  richTextToJson,
  sameRichText,
  setClauseControl,
} from '@parley/shared';
import * as Y from 'yjs';
import { Refusal } from '../domain/Refusal.ts';
import { requireAlignedVersions } from './alignmentCommands.ts';
import { auditWrites } from './auditWrites.ts';
import type { CommandContext, CommandResult } from './CommandContext.ts';
import { OK } from './CommandContext.ts';
import type { UpkeepRecorder } from './clauseUpkeep.ts';
import { afterWordingChange, clearSignOffs, settleStatus } from './clauseUpkeep.ts';
import type { CollapseSnapshot } from './optionUndo.ts';
import { collapseSnapshot, lastCollapse } from './optionUndo.ts';

type ClauseCommand = Extract<Command, { type: `clause.${string}` }>;

function recordOf(roots: PlenaryRoots, clauseId: string): Y.Map<unknown> {
  const record = clauseRecord(roots, clauseId as ClauseId);
  if (!record) throw new Refusal('notFound', 'clauseId: no such clause');
  return record;
}

function clauseOf(roots: PlenaryRoots, clauseId: string) {
  const clause = readClause(recordOf(roots, clauseId));
  if (!clause) throw new Refusal('conflict', 'the clause record is damaged');
  return clause;
}

/** The state machine's answer as a refusal: a role that never may is forbidden; a state that does not fit, a conflict. */
function enforce(verdict: TransitionVerdict): ClauseStatus {
  if (!verdict.allowed)
    throw new Refusal(verdict.refusal === 'role' ? 'forbidden' : 'conflict', verdict.reason, verdict.why);
  return verdict.status;
}

function transition(ctx: CommandContext, clause: Clause, name: ClauseTransition, adReferendum?: boolean): ClauseStatus {
  const facts = clauseFactsOf(clause, ctx.session.parties);
  return enforce(checkTransition(name, facts, ctx.actor, adReferendum));
}

export async function runClauseCommand(ctx: CommandContext, command: ClauseCommand): Promise<CommandResult> {
  const { actor } = ctx;
  const writes = auditWrites(ctx.storage);
  const recorder: UpkeepRecorder = { sessionId: ctx.session.id, appendAudit: writes.append, now: ctx.now };
  // Undo reads the record before the change (the change itself is one synchronous transaction); its
  // refusal is thrown where the check stood, after the clause is found.
  let collapsed: () => CollapseSnapshot = () => {
    throw new Error('the last collapse is read for clause.restoreOptions only');
  };
  if (command.type === 'clause.restoreOptions') {
    collapsed = await lastCollapse(ctx.storage, ctx.session.id, command.clauseId as ClauseId).then(
      (snapshot) => () => snapshot,
      (error: unknown) => () => {
        throw error;
      },
    );
  }
  try {
    return await ctx.documents.changePlenary(ctx.session.id, (roots): CommandResult => {
      const result = apply(roots);
      // Status follows content after every command too (ClauseLife): e.g. a second option brackets the clause.
      if (command.type !== 'clause.remove' && 'clauseId' in command) settleStatus(roots, command.clauseId as ClauseId);
      return result;
    });
  } finally {
    await writes.settled();
  }

  function apply(roots: PlenaryRoots): CommandResult {
    const muted = () => readModeration(roots).mutes.includes(actor.participantId);
    /** Commands that change the words (options) are edits like any other: the clause's text rights apply. */
    const mayChangeWords = (clauseId: string) => {
      const verdict = mayWrite(
        actor,
        { kind: 'clauseText', clauseId: clauseId as ClauseId },
        plenaryWriteContext(roots.meta.doc as Y.Doc),
      );
      if (!verdict.allowed) throw new Refusal('conflict', verdict.reason);
    };
    switch (command.type) {
      case 'clause.add': {
        const clauseId = insertClause(
          roots,
          { kind: command.kind, heading: command.heading ?? '', text: command.text ?? '' },
          command.index,
        );
        return { ok: true, clauseId };
      }
      case 'clause.move': {
        recordOf(roots, command.clauseId);
        const from = roots.clauseOrder.toArray().indexOf(command.clauseId);
        if (from < 0) throw new Refusal('conflict', 'the clause is not in the text');
        roots.clauseOrder.delete(from, 1);
        roots.clauseOrder.insert(Math.min(command.index, roots.clauseOrder.length), [command.clauseId]);
        return OK;
      }
      case 'clause.remove': {
        recordOf(roots, command.clauseId);
        const order = roots.clauseOrder.toArray();
        for (let i = order.length - 1; i >= 0; i--) if (order[i] === command.clauseId) roots.clauseOrder.delete(i, 1);
        roots.clauses.delete(command.clauseId);
        return OK;
      }
      case 'clause.setStatus': {
        const clause = clauseOf(roots, command.clauseId);
        const status = enforce(checkSetStatus(command.status, clauseFactsOf(clause, ctx.session.parties), actor));
        if (isWordingFrozen(status) && status !== clause.status) {
          requireAlignedVersions(roots, command.clauseId, 'adopt');
        }
        const record = recordOf(roots, command.clauseId);
        setClauseControl(record, 'status', status);
        // A placeholder or a withdrawn clause is not what the parties signed: their sign-offs go.
        const cleared = status === 'withdrawn' || status === 'placeholder' ? clearSignOffs(record) : [];
        return { ok: true, status, auditDetail: { statusBefore: clause.status, statusAfter: status, cleared } };
      }
      case 'clause.lock':
      case 'clause.unlock': {
        const locked = command.type === 'clause.lock';
        const clause = clauseOf(roots, command.clauseId);
        if (clause.locked === locked)
          throw new Refusal('conflict', `the clause is already ${locked ? 'locked' : 'unlocked'}`);
        setClauseControl(recordOf(roots, command.clauseId), 'locked', locked);
        return OK;
      }
      case 'clause.addOption': {
        recordOf(roots, command.clauseId);
        mayChangeWords(command.clauseId);
        const options = clauseOptions(recordOf(roots, command.clauseId));
        const option = createClauseOption(command.label);
        options.push([option.record]);
        afterWordingChange(roots, command.clauseId as ClauseId, actor.name, recorder);
        return { ok: true, optionId: option.id };
      }
      case 'clause.collapseOptions': {
        const clause = clauseOf(roots, command.clauseId);
        const chosen = clause.options.find((option) => option.id === command.optionId);
        if (!chosen) throw new Refusal('notFound', 'optionId: no such option');
        mayChangeWords(command.clauseId);
        const record = recordOf(roots, command.clauseId);
        // Taken before the words change: the record keeps what "undo" brings back (optionUndo.ts).
        const snapshot = collapseSnapshot(clause, richTextToJson(chosen.body));
        const chosenContent = chosen.body
          .toArray()
          .flatMap((node) => (node instanceof Y.XmlHook ? [] : [node.clone()]));
        clause.body.delete(0, clause.body.length);
        clause.body.insert(0, chosenContent);
        const options = clauseOptions(record);
        options.delete(0, options.length);
        afterWordingChange(roots, command.clauseId as ClauseId, actor.name, recorder);
        return { ok: true, auditDetail: { optionLabel: chosen.label, ...snapshot } };
      }
      case 'clause.restoreOptions': {
        const clause = clauseOf(roots, command.clauseId);
        const snapshot = collapsed();
        if (clause.options.length > 0)
          throw new Refusal(
            'conflict',
            'The options cannot come back: options were added to the clause since one was kept. Remove them first.',
          );
        if (!sameRichText(richTextToJson(clause.body), snapshot.bodyAfter))
          throw new Refusal(
            'conflict',
            'The options cannot come back: the text of the clause was changed since the option was kept.',
          );
        mayChangeWords(command.clauseId);
        const record = recordOf(roots, command.clauseId);
        replaceRichText(clause.body, snapshot.bodyBefore);
        const options = clauseOptions(record);
        for (const before of snapshot.optionsBefore) {
          const option = createClauseOption(before.label, before.origin ?? null);
          // The same ids as before: whatever referred to an option (the record, a note) still does.
          option.record.set('id', before.id);
          options.push([option.record]);
          const body = option.record.get('body');
          if (body instanceof Y.XmlFragment) replaceRichText(body, before.body);
        }
        afterWordingChange(roots, command.clauseId as ClauseId, actor.name, recorder);
        return { ok: true, auditDetail: { optionLabels: snapshot.optionsBefore.map((option) => option.label) } };
      }
      case 'clause.signOff': {
        const partyId = actor.partyId as PartyId;
        const clause = clauseOf(roots, command.clauseId);
        if (muted()) throw new Refusal('conflict', 'You are muted: the mediator must unmute you first.');
        const adReferendum = command.adReferendum === true;
        const earlier = clause.signoffs.get(partyId);
        // Signing again without "ad referendum" is the capital's confirmation of an earlier sign-off.
        const name: ClauseTransition = earlier?.adReferendum && !adReferendum ? 'confirmSignOff' : 'signOff';
        const status = transition(ctx, clause, name, adReferendum);
        requireAlignedVersions(roots, command.clauseId, 'signOff');
        const record = recordOf(roots, command.clauseId);
        const text = clauseWording(clause);
        clauseSignOffs(record).set(partyId, { by: actor.participantId, at: ctx.now, adReferendum, text });
        if (status !== clause.status) setClauseControl(record, 'status', status);
        return {
          ok: true,
          status,
          auditDetail: {
            confirmed: name === 'confirmSignOff',
            signedText: text,
            statusBefore: clause.status,
            statusAfter: status,
          },
        };
      }
      case 'clause.withdrawSignOff': {
        const partyId = actor.partyId as PartyId;
        const clause = clauseOf(roots, command.clauseId);
        const status = transition(ctx, clause, 'withdrawSignOff');
        const record = recordOf(roots, command.clauseId);
        clauseSignOffs(record).delete(partyId);
        if (status !== clause.status) setClauseControl(record, 'status', status);
        return { ok: true, status, auditDetail: { statusBefore: clause.status, statusAfter: status } };
      }
      case 'clause.agreeWithoutObjection': {
        const clause = clauseOf(roots, command.clauseId);
        const status = transition(ctx, clause, 'agreeWithoutObjection');
        requireAlignedVersions(roots, command.clauseId, 'agreeWithoutObjection');
        setClauseControl(recordOf(roots, command.clauseId), 'status', status);
        return {
          ok: true,
          status,
          auditDetail: { text: clauseWording(clause), statusBefore: clause.status, statusAfter: status },
        };
      }
      case 'clause.reopen': {
        const clause = clauseOf(roots, command.clauseId);
        const status = transition(ctx, clause, 'reopen');
        const record = recordOf(roots, command.clauseId);
        const cleared = clearSignOffs(record);
        setClauseControl(record, 'status', status);
        return {
          ok: true,
          status,
          auditDetail: {
            reopenedBy: actor.name,
            textBefore: clauseWording(clause),
            statusBefore: clause.status,
            statusAfter: status,
            cleared,
            clearedParties: cleared.map((id) => ctx.session.parties.find((p) => p.id === id)?.name ?? id),
          },
        };
      }
      case 'clause.comment': {
        recordOf(roots, command.clauseId);
        if (muted()) throw new Refusal('conflict', 'You are muted: the mediator must unmute you first.');
        const comment: ClauseComment = clauseCommentSchema.parse({
          id: newCommentId(),
          kind: command.proposal ? 'proposal' : 'comment',
          by: actor.participantId,
          byName: actor.name,
          partyId: actor.partyId ?? null,
          at: ctx.now,
          text: command.text,
          disposition: 'open',
        });
        clauseComments(recordOf(roots, command.clauseId)).push([comment]);
        return { ok: true, commentId: comment.id };
      }
      case 'clause.decideProposal': {
        const comments = clauseComments(recordOf(roots, command.clauseId));
        const index = comments.toArray().findIndex((c) => c.id === command.commentId);
        const proposal = comments.get(index);
        if (index < 0 || !proposal) throw new Refusal('notFound', 'commentId: no such comment');
        if (proposal.kind !== 'proposal')
          throw new Refusal('conflict', 'only textual proposals are incorporated or not');
        if (proposal.disposition !== 'open')
          throw new Refusal(
            'conflict',
            `The proposal was already decided: ${DISPOSITION_NAMES[proposal.disposition].toLowerCase()}.`,
          );
        if (command.apply && command.disposition !== 'incorporated')
          throw new Refusal('invalid', 'apply: only an incorporated proposal puts its wording in');
        // Before anything changes: a frozen (agreed) or locked clause refuses the whole step.
        if (command.apply) mayChangeWords(command.clauseId);
        comments.delete(index, 1);
        comments.insert(index, [{ ...proposal, disposition: command.disposition }]);
        const proposedBy = { proposedBy: proposal.by, proposedByName: proposal.byName, partyId: proposal.partyId };
        if (!command.apply) return { ok: true, auditDetail: proposedBy };
        const applied = incorporate(roots, command.clauseId, proposal, command.apply);
        afterWordingChange(roots, command.clauseId as ClauseId, actor.name, recorder);
        return { ok: true, ...applied, auditDetail: { ...proposedBy, proposalText: proposal.text } };
      }
      default:
        throw new Refusal('invalid', `unknown clause command ${(command as { type: string }).type}`);
    }
  }
}

/** Puts a proposal's wording in, one paragraph per line: as the clause's text, or as a new option named after its author. */
function incorporate(
  roots: PlenaryRoots,
  clauseId: string,
  proposal: ClauseComment,
  apply: 'asText' | 'asOption',
): { optionId?: string } {
  const record = recordOf(roots, clauseId);
  const lines = proposal.text.split(/\r?\n/);
  if (apply === 'asText') {
    const clause = clauseOf(roots, clauseId);
    clause.body.delete(0, clause.body.length);
    for (const line of lines) appendParagraph(clause.body, line);
    return {};
  }
  const partyName = readParties(roots).find((party) => party.id === proposal.partyId)?.name ?? null;
  const option = createClauseOption(proposalOptionLabel(proposal.byName, partyName));
  clauseOptions(record).push([option.record]);
  const body = option.record.get('body');
  if (body instanceof Y.XmlFragment) for (const line of lines) appendParagraph(body, line);
  return { optionId: option.id };
}
