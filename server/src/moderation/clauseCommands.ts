import type { ClauseComment, ClauseId, Command, PartyId, PlenaryRoots, SignOff } from '@parley/shared';
import {
  clauseCommentSchema,
  clauseComments,
  clauseOptions,
  clauseRecord,
  clauseSignOffs,
  createClauseOption,
  insertClause,
  mayWrite,
  newCommentId,
  plenaryWriteContext,
  readClause,
  readModeration,
  setClauseControl,
} from '@parley/shared';
import * as Y from 'yjs';
import { HttpError } from '../http/HttpError.ts';
import type { CommandContext, CommandResult } from './CommandContext.ts';
import { OK } from './CommandContext.ts';

type ClauseCommand = Extract<Command, { type: `clause.${string}` }>;

function recordOf(roots: PlenaryRoots, clauseId: string): Y.Map<unknown> {
  const record = clauseRecord(roots, clauseId as ClauseId);
  if (!record) throw new HttpError(404, 'clauseId: no such clause');
  return record;
}

function clauseOf(roots: PlenaryRoots, clauseId: string) {
  const clause = readClause(recordOf(roots, clauseId));
  if (!clause) throw new HttpError(409, 'the clause record is damaged');
  return clause;
}

/** A clause is agreed when every party has signed it off; ad referendum if any party said so. */
function statusAfterSignOffs(ctx: CommandContext, signoffs: Y.Map<SignOff>): 'agreed' | 'agreedAdReferendum' | null {
  const all = ctx.session.parties.every((party) => signoffs.has(party.id));
  if (!all) return null;
  return [...signoffs.values()].some((s) => s.adReferendum) ? 'agreedAdReferendum' : 'agreed';
}

export function runClauseCommand(ctx: CommandContext, command: ClauseCommand): CommandResult {
  const { actor } = ctx;
  return ctx.sync.changePlenary(ctx.session.id, (roots): CommandResult => {
    const muted = () => readModeration(roots).mutes.includes(actor.participantId);
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
        if (from < 0) throw new HttpError(409, 'the clause is not in the text');
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
        if (clause.status === command.status) throw new HttpError(409, `the clause is already ${command.status}`);
        setClauseControl(recordOf(roots, command.clauseId), 'status', command.status);
        return OK;
      }
      case 'clause.lock':
      case 'clause.unlock': {
        const locked = command.type === 'clause.lock';
        const clause = clauseOf(roots, command.clauseId);
        if (clause.locked === locked)
          throw new HttpError(409, `the clause is already ${locked ? 'locked' : 'unlocked'}`);
        setClauseControl(recordOf(roots, command.clauseId), 'locked', locked);
        return OK;
      }
      case 'clause.addOption': {
        const verdict = mayWrite(
          actor,
          { kind: 'clauseText', clauseId: command.clauseId as ClauseId },
          plenaryWriteContext(roots.meta.doc as Y.Doc),
        );
        if (!verdict.allowed) throw new HttpError(409, verdict.reason);
        const options = clauseOptions(recordOf(roots, command.clauseId));
        const option = createClauseOption(command.label);
        options.push([option.record]);
        return { ok: true, optionId: option.id };
      }
      case 'clause.collapseOptions': {
        const clause = clauseOf(roots, command.clauseId);
        const chosen = clause.options.find((option) => option.id === command.optionId);
        if (!chosen) throw new HttpError(404, 'optionId: no such option');
        const record = recordOf(roots, command.clauseId);
        const chosenContent = chosen.body
          .toArray()
          .flatMap((node) => (node instanceof Y.XmlHook ? [] : [node.clone()]));
        clause.body.delete(0, clause.body.length);
        clause.body.insert(0, chosenContent);
        const options = clauseOptions(record);
        options.delete(0, options.length);
        return OK;
      }
      case 'clause.signOff': {
        const partyId = actor.partyId as PartyId;
        const clause = clauseOf(roots, command.clauseId);
        if (muted()) throw new HttpError(409, 'you are muted');
        if (clause.status === 'withdrawn' || clause.status === 'placeholder') {
          throw new HttpError(409, `a ${clause.status} clause cannot be signed off`);
        }
        if (clause.options.length > 0)
          throw new HttpError(409, 'the clause still has options; they must be collapsed first');
        const signoffs = clauseSignOffs(recordOf(roots, command.clauseId));
        if (signoffs.has(partyId)) throw new HttpError(409, 'your party has already signed off this clause');
        signoffs.set(partyId, { by: actor.participantId, at: ctx.now, adReferendum: command.adReferendum === true });
        const agreed = statusAfterSignOffs(ctx, signoffs);
        if (agreed && clause.status !== agreed) setClauseControl(recordOf(roots, command.clauseId), 'status', agreed);
        return { ok: true, status: agreed ?? clause.status };
      }
      case 'clause.withdrawSignOff': {
        const partyId = actor.partyId as PartyId;
        const clause = clauseOf(roots, command.clauseId);
        const signoffs = clauseSignOffs(recordOf(roots, command.clauseId));
        if (!signoffs.has(partyId)) throw new HttpError(409, 'your party has not signed off this clause');
        signoffs.delete(partyId);
        if (clause.status === 'agreed' || clause.status === 'agreedAdReferendum') {
          setClauseControl(recordOf(roots, command.clauseId), 'status', 'proposed');
        }
        return OK;
      }
      case 'clause.comment': {
        recordOf(roots, command.clauseId);
        if (muted()) throw new HttpError(409, 'you are muted');
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
        if (index < 0 || !proposal) throw new HttpError(404, 'commentId: no such comment');
        if (proposal.kind !== 'proposal') throw new HttpError(409, 'only textual proposals are incorporated or not');
        if (proposal.disposition !== 'open')
          throw new HttpError(409, `the proposal was already ${proposal.disposition}`);
        comments.delete(index, 1);
        comments.insert(index, [{ ...proposal, disposition: command.disposition }]);
        return OK;
      }
      default:
        throw new HttpError(400, `unknown clause command ${(command as { type: string }).type}`);
    }
  });
}
