import type { Adoption, ClauseId, Command, PartyId, PlenaryRoots } from '@parley/shared';
import {
  clauseNumbers,
  clauseRecord,
  closingBlocks,
  describeClosingBlocks,
  isSilenceRunning,
  plenaryRoots,
  readAdoption,
  readClausesInOrder,
  readSilence,
  writeAdoption,
  writeSilence,
} from '@parley/shared';
import { markAdopted, sealAdoptedText } from '../closing/adoptWholeText.ts';
import { canonicalDigest } from '../closing/canonicalDigest.ts';
import { Refusal } from '../domain/Refusal.ts';
import type { CommandContext, CommandResult } from './CommandContext.ts';
import { OK } from './CommandContext.ts';

type ClosingCommand = Extract<Command, { type: `adoption.${string}` | `silence.${string}` | 'text.initial' }>;

/** "until 14:30 UTC on 2 December 2026": a deadline as a refusal names it. */
export function deadlineWords(until: number): string {
  const date = new Date(until);
  return `until ${date.toISOString().slice(11, 16)} UTC on ${date.toISOString().slice(0, 10)}`;
}

function ownParty(ctx: CommandContext): PartyId {
  const partyId = ctx.actor.partyId;
  if (partyId === undefined) throw new Refusal('forbidden', 'only a delegate of a party may act for it');
  return partyId;
}

function partyName(ctx: CommandContext, partyId: string): string {
  return ctx.session.parties.find((party) => party.id === partyId)?.name ?? 'a party';
}

function runningSilenceRefusal(roots: PlenaryRoots, what: string): void {
  const silence = readSilence(roots);
  if (isSilenceRunning(silence)) {
    throw new Refusal(
      'conflict',
      `The text is under silence ${deadlineWords(silence.until)}: ${what} once silence is broken or the deadline passes.`,
    );
  }
}

/**
 * Closing the deal (README, "Closing the deal"): adoption of the whole text, the silence procedure and
 * the initials. The state is `moderation.adoption` and `moderation.silence` (shared `ClosingState.ts`).
 */
export async function runClosingCommand(ctx: CommandContext, command: ClosingCommand): Promise<CommandResult> {
  switch (command.type) {
    case 'adoption.propose':
      return proposeAdoption(ctx);
    case 'adoption.accept':
      return acceptAdoption(ctx, command.adReferendum === true);
    case 'adoption.confirm':
      return confirmAcceptance(ctx);
    case 'silence.start':
      return startSilence(ctx, Date.parse(command.until), command.clauseIds ?? null);
    case 'silence.break':
      return breakSilence(ctx, command.explanation);
    case 'text.initial':
      return initialText(ctx);
  }
}

/** `adoption.propose`: every clause must be agreed; a new proposal starts the acceptances afresh. */
async function proposeAdoption(ctx: CommandContext): Promise<CommandResult> {
  return ctx.documents.changePlenary(ctx.session.id, (roots) => {
    if (readAdoption(roots)?.state === 'adopted') throw new Refusal('conflict', 'The text is already adopted.');
    runningSilenceRefusal(roots, 'propose it for adoption');
    if (readClausesInOrder(roots).every((clause) => clause.status === 'withdrawn')) {
      throw new Refusal('conflict', 'There is no text to adopt: the draft has no clauses.');
    }
    const blocks = closingBlocks(roots, 'adoption');
    if (blocks.length > 0) {
      throw new Refusal(
        'conflict',
        `Nothing is agreed until everything is agreed: the text cannot be proposed for adoption while ${describeClosingBlocks(blocks)}.`,
      );
    }
    writeAdoption(roots, {
      state: 'proposed',
      proposedAt: ctx.now,
      proposedBy: ctx.actor.participantId,
      acceptances: {},
      initials: {},
    });
    return OK;
  });
}

/**
 * `adoption.accept`: a delegate accepts the proposed text for their party. When the last party
 * accepts, the text is adopted (every clause still agreed, checked again): clauses adopted, session
 * frozen, the "Adopted text" revision saved and its digest recorded.
 */
async function acceptAdoption(ctx: CommandContext, adReferendum: boolean): Promise<CommandResult> {
  const partyId = ownParty(ctx);
  const adopted = await ctx.documents.changePlenary(ctx.session.id, (roots): Adoption | null => {
    const adoption = readAdoption(roots);
    if (adoption === null) throw new Refusal('conflict', 'The mediator has not proposed the text for adoption.');
    if (adoption.state === 'adopted') throw new Refusal('conflict', 'The text is already adopted.');
    if (adoption.acceptances[partyId] !== undefined) {
      throw new Refusal('conflict', `${partyName(ctx, partyId)} has already accepted the text.`);
    }
    const blocks = closingBlocks(roots, 'adoption');
    if (blocks.length > 0) {
      throw new Refusal(
        'conflict',
        `The text changed since it was proposed for adoption (${describeClosingBlocks(blocks)}): the mediator proposes it again once every clause is agreed.`,
      );
    }
    const acceptances = {
      ...adoption.acceptances,
      [partyId]: { at: ctx.now, by: ctx.actor.participantId, adReferendum },
    };
    const accepted: Adoption = { ...adoption, acceptances };
    if (!ctx.session.parties.every((party) => acceptances[party.id] !== undefined)) {
      writeAdoption(roots, accepted);
      return null;
    }
    return markAdopted(roots, accepted, ctx.now);
  });
  if (adopted === null) return { ok: true, auditDetail: { partyId, adReferendum } };
  const digest = await sealAdoptedText(ctx, adopted, ctx.actor.participantId, ctx.now);
  return {
    ok: true,
    adopted: true,
    revisionId: adopted.revisionId,
    digest,
    auditDetail: { partyId, adReferendum, adopted: true, revisionLabel: adopted.revisionLabel, digest },
  };
}

/** `adoption.confirm`: the party's capital confirms what its delegation accepted ad referendum. */
async function confirmAcceptance(ctx: CommandContext): Promise<CommandResult> {
  const partyId = ownParty(ctx);
  return ctx.documents.changePlenary(ctx.session.id, (roots) => {
    const adoption = readAdoption(roots);
    const acceptance = adoption?.acceptances[partyId];
    if (adoption === null || acceptance === undefined) {
      throw new Refusal('conflict', `${partyName(ctx, partyId)} has not accepted the text for adoption.`);
    }
    if (!acceptance.adReferendum) {
      throw new Refusal('conflict', `${partyName(ctx, partyId)} accepted the text without ad referendum.`);
    }
    if (acceptance.confirmedAt !== undefined) {
      throw new Refusal('conflict', `${partyName(ctx, partyId)} has already confirmed its acceptance.`);
    }
    writeAdoption(roots, {
      ...adoption,
      acceptances: {
        ...adoption.acceptances,
        [partyId]: { ...acceptance, confirmedAt: ctx.now, confirmedBy: ctx.actor.participantId },
      },
    });
    return { ok: true, auditDetail: { partyId } };
  });
}

/**
 * `silence.start`: the text (or the chosen clauses) is read-only until `until`. A chair puts under
 * silence a text they believe acceptable: refused while a covered clause holds brackets, options,
 * pending suggestions or an authentic language version not aligned.
 */
async function startSilence(ctx: CommandContext, until: number, clauseIds: readonly string[] | null) {
  if (!Number.isFinite(until) || until <= ctx.now) {
    throw new Refusal('invalid', 'until: the deadline must be in the future (server time)');
  }
  return ctx.documents.changePlenary(ctx.session.id, (roots): CommandResult => {
    if (readAdoption(roots)?.state === 'adopted') throw new Refusal('conflict', 'The text is already adopted.');
    runningSilenceRefusal(roots, 'a new silence procedure can start');
    const unique = clauseIds === null ? null : [...new Set(clauseIds)];
    const numbers = clauseNumbers(readClausesInOrder(roots));
    for (const clauseId of unique ?? []) {
      if (!clauseRecord(roots, clauseId as ClauseId)) throw new Refusal('notFound', `clauseIds: no clause ${clauseId}`);
    }
    const covered = readClausesInOrder(roots).filter(
      (clause) => clause.status !== 'withdrawn' && (unique === null || unique.includes(clause.id)),
    );
    if (covered.length === 0) throw new Refusal('conflict', 'There is no text to place under silence.');
    const blocks = closingBlocks(roots, 'silence', unique);
    if (blocks.length > 0) {
      throw new Refusal(
        'conflict',
        `A text under silence must be one the parties can accept as it stands: ${describeClosingBlocks(blocks)}.`,
      );
    }
    writeSilence(roots, { until, startedAt: ctx.now, startedBy: ctx.actor.participantId, clauseIds: unique });
    const clauses = unique === null ? null : unique.map((id) => numbers.get(id as ClauseId) ?? '?');
    return { ok: true, auditDetail: { until, clauseIds: unique, clauses } };
  });
}

/** `silence.break`: a delegate objects, with a written explanation; the procedure ends at once. */
async function breakSilence(ctx: CommandContext, explanation: string): Promise<CommandResult> {
  const partyId = ownParty(ctx);
  return ctx.documents.changePlenary(ctx.session.id, (roots): CommandResult => {
    const silence = readSilence(roots);
    if (!isSilenceRunning(silence)) throw new Refusal('conflict', 'No text is under silence.');
    if (ctx.now >= silence.until) {
      throw new Refusal('conflict', 'The deadline has passed: silence was kept and can no longer be broken.');
    }
    writeSilence(roots, {
      ...silence,
      outcome: { kind: 'broken', at: ctx.now, by: ctx.actor.participantId, partyId, name: ctx.actor.name, explanation },
    });
    return { ok: true, auditDetail: { partyId, explanation } };
  });
}

/**
 * `text.initial`: the head of delegation initials the adopted text for their party. Any delegate of
 * the party may, once per party: the first to initial is recorded, by name, as its head of delegation.
 * The initials carry the digest of the canonical text at that moment.
 */
async function initialText(ctx: CommandContext): Promise<CommandResult> {
  const partyId = ownParty(ctx);
  const adoption = await ctx.documents.readPlenary(ctx.session.id, (doc) => readAdoption(plenaryRoots(doc)));
  if (adoption?.state !== 'adopted' || adoption.revisionId === undefined || adoption.digest === undefined) {
    throw new Refusal('conflict', 'Only the adopted text is initialled, and the text is not adopted.');
  }
  const digest = await canonicalDigest(ctx, adoption.revisionId);
  return ctx.documents.changePlenary(ctx.session.id, (roots): CommandResult => {
    const now = readAdoption(roots);
    if (now === null) throw new Refusal('conflict', 'The text is not adopted.');
    const already = now.initials[partyId];
    if (already !== undefined) {
      throw new Refusal('conflict', `${already.name} has already initialled the text for ${partyName(ctx, partyId)}.`);
    }
    writeAdoption(roots, {
      ...now,
      initials: {
        ...now.initials,
        [partyId]: { at: ctx.now, by: ctx.actor.participantId, name: ctx.actor.name, digest },
      },
    });
    return { ok: true, digest, auditDetail: { partyId, digest, revisionLabel: now.revisionLabel } };
  });
}
