import type { ClauseId, Command, DocRef, PlenaryRoots, RichTextJsonNode, Tabling, TextOrigin } from '@parley/shared';
import {
  BRACKET_MARK,
  clauseCommentSchema,
  clauseComments,
  clauseOptions,
  clauseRecord,
  createClauseOption,
  fragmentPlainText,
  insertClause,
  mayWrite,
  newCommentId,
  optionNumberLabel,
  parseDocName,
  plenaryRoots,
  plenaryWriteContext,
  readModeration,
  readRoomDraft,
  readSettings,
  recordTabling,
  replaceRichText,
  richTextToJson,
  roomDrafts,
  tablingRefusal,
} from '@parley/shared';
import * as Y from 'yjs';
import { Refusal } from '../domain/Refusal.ts';
import { auditWrites } from './auditWrites.ts';
import type { CommandContext, CommandResult } from './CommandContext.ts';
import type { UpkeepRecorder } from './clauseUpkeep.ts';
import { afterWordingChange, settleStatus } from './clauseUpkeep.ts';

type TableDraft = Extract<Command, { type: 'draft.table' }>;
type BreakoutRef = Extract<DocRef, { kind: 'caucus' | 'group' }>;

/** The draft as the plenary will get it: plain JSON, read from the room before the plenary changes. */
interface DraftCopy {
  readonly heading: string;
  readonly body: RichTextJsonNode[];
  readonly plainText: string;
}

/**
 * `draft.table`: a draft clause written in a caucus or a working group's room goes to the plenary
 * in one step, as a new clause, as an option of a clause or (from a caucus) as the party's textual
 * proposal, with its origin; the room records the tabling. Who may: the mediators always; a
 * delegation from its own caucus; a working group's members when the mediator allowed it
 * (`workingGroupsMayTable`). The plenary's rules hold as for any edit of its text.
 */
export async function runDraftCommand(ctx: CommandContext, command: TableDraft): Promise<CommandResult> {
  const ref = breakoutRef(ctx, command.room);
  const origin = await originOf(ctx, ref);
  checkShape(command, ref);
  const draft = await ctx.documents.readRoom(ref, (doc) => copyOfDraft(doc, command.draftId));
  if (draft.plainText.trim() === '' && draft.heading.trim() === '')
    throw new Refusal('conflict', 'The draft is empty: write its text before tabling it.');
  checkBrackets(ctx, draft.body);

  const writes = auditWrites(ctx.storage);
  let placed: Awaited<ReturnType<typeof place>>;
  try {
    placed = await ctx.documents.changePlenary(ctx.session.id, (roots) =>
      place(ctx, command, roots, draft, origin, writes.append),
    );
  } finally {
    await writes.settled();
  }
  const tabling: Tabling = {
    at: ctx.now,
    as: command.as,
    clauseId: placed.clauseId,
    ...(command.as === 'clause' && command.kind ? { kind: command.kind } : {}),
    byName: ctx.actor.name,
  };
  await ctx.documents.changeRoom(ref, (doc) => recordTabling(doc, command.draftId, tabling));
  return { ok: true, ...placed, auditDetail: { origin, heading: draft.heading, text: draft.plainText } };
}

/** The room named in the payload: a caucus or a working group's room of this session. */
function breakoutRef(ctx: CommandContext, room: string): BreakoutRef {
  const ref = parseDocName(room);
  if (!ref || ref.sessionId !== ctx.session.id) throw new Refusal('notFound', 'room: no such room in this session');
  if (ref.kind !== 'caucus' && ref.kind !== 'group')
    throw new Refusal('invalid', 'room: drafts are tabled from a caucus or a working group’s room');
  return ref;
}

/** Where the text comes from, once the actor's right to table from that room is established. */
async function originOf(ctx: CommandContext, ref: BreakoutRef): Promise<TextOrigin> {
  const { actor } = ctx;
  if (ref.kind === 'caucus') {
    const party = ctx.session.parties.find((p) => p.id === ref.partyId);
    if (!party) throw new Refusal('notFound', 'room: no such party’s caucus');
    const refusal = tablingRefusal(actor, { kind: 'caucus', partyId: party.id }, { workingGroupsMayTable: false });
    if (refusal) throw new Refusal('forbidden', refusal);
    return { kind: 'caucus', name: party.name, partyId: party.id };
  }
  const { group, settings } = await ctx.documents.readPlenary(ctx.session.id, (doc) => {
    const roots = plenaryRoots(doc);
    return {
      group: readModeration(roots).breakouts.find((b) => b.id === ref.breakoutId && b.kind === 'workingGroup'),
      settings: readSettings(roots),
    };
  });
  if (!group) throw new Refusal('notFound', 'room: no such open working group');
  const source = { kind: 'workingGroup', label: group.label, participantIds: group.participantIds } as const;
  const refusal = tablingRefusal(actor, source, settings);
  if (refusal) throw new Refusal('forbidden', refusal);
  return { kind: 'workingGroup', name: group.label, breakoutId: group.id };
}

/** What each way of tabling needs, before anything is read or changed. */
function checkShape(command: TableDraft, ref: BreakoutRef): void {
  if (command.as === 'proposal' && ref.kind !== 'caucus')
    throw new Refusal(
      'invalid',
      'as: a textual proposal is a party’s, so it is tabled from a caucus; table a working group’s draft as a clause or an option',
    );
  if (command.as === 'clause' && command.kind === undefined)
    throw new Refusal('invalid', 'kind: say whether the new clause is preamble or operative');
  if (command.as !== 'clause' && command.clauseId === undefined)
    throw new Refusal('invalid', 'clauseId: say which clause the option or proposal is for');
}

function copyOfDraft(doc: Y.Doc, draftId: string): DraftCopy {
  const draft = readRoomDraft(roomDrafts(doc).get(draftId));
  if (!draft) throw new Refusal('notFound', 'draftId: no such draft in this room');
  return {
    heading: draft.heading.toString(),
    body: richTextToJson(draft.body),
    plainText: fragmentPlainText(draft.body),
  };
}

/** A delegation brackets for its own party only, in the plenary as in a draft tabled there. */
function checkBrackets(ctx: CommandContext, body: readonly RichTextJsonNode[]): void {
  if (ctx.actor.role === 'mediator') return;
  const holders = new Set<string>();
  const visit = (node: RichTextJsonNode): void => {
    if ('text' in node) {
      for (const run of node.text) {
        const bracket = run.attributes?.[BRACKET_MARK];
        if (typeof bracket === 'object' && bracket !== null && 'holder' in bracket) holders.add(String(bracket.holder));
      }
    } else node.children.forEach(visit);
  };
  body.forEach(visit);
  const foreign = [...holders].filter((holder) => holder !== ctx.actor.partyId);
  if (foreign.length === 0) return;
  const names = foreign.map((id) => ctx.session.parties.find((p) => p.id === id)?.name ?? 'a party not in the session');
  throw new Refusal(
    'conflict',
    `The draft holds brackets of ${names.join(' and ')}: only that party or the mediator may put them in the plenary. Lift them in the draft first.`,
  );
}

/** Puts the copy into the plenary, under the plenary's rules; answers what it created or where. */
function place(
  ctx: CommandContext,
  command: TableDraft,
  roots: PlenaryRoots,
  draft: DraftCopy,
  origin: TextOrigin,
  appendAudit: UpkeepRecorder['appendAudit'],
): { clauseId: string; optionId?: string; commentId?: string } {
  const { actor } = ctx;
  const recorder: UpkeepRecorder = { sessionId: ctx.session.id, appendAudit, now: ctx.now };
  if (actor.role !== 'mediator') {
    if (readSettings(roots).oneText)
      throw new Refusal('conflict', 'One-Text mode: only the mediator tables text in the plenary.');
    if (readModeration(roots).mutes.includes(actor.participantId))
      throw new Refusal('conflict', 'You are muted: the mediator must unmute you first.');
  }
  if (command.as === 'clause') {
    const clauseId = insertClause(roots, { kind: command.kind ?? 'operative', heading: draft.heading.slice(0, 500) });
    const record = clauseRecord(roots, clauseId);
    const body = record?.get('body');
    if (!record || !(body instanceof Y.XmlFragment)) throw new Error('a clause just added has no body');
    record.set('origin', origin);
    replaceRichText(body, draft.body);
    settleStatus(roots, clauseId);
    return { clauseId };
  }
  const clauseId = command.clauseId as ClauseId;
  const record = clauseRecord(roots, clauseId);
  if (!record) throw new Refusal('notFound', 'clauseId: no such clause');
  if (command.as === 'option') {
    // An option changes the clause's words: the same rights as any edit of them (locked, agreed, One-Text).
    const verdict = mayWrite(actor, { kind: 'clauseText', clauseId }, plenaryWriteContext(roots.meta.doc as Y.Doc));
    if (!verdict.allowed) throw new Refusal('conflict', verdict.reason);
    // Named by its heading if it has one; else by its number, as the room shows options (the origin is shown beside it).
    const options = clauseOptions(record);
    const label = draft.heading.trim() || optionNumberLabel(options.length);
    const option = createClauseOption(label.length > 100 ? `${label.slice(0, 99)}…` : label, origin);
    options.push([option.record]);
    const body = option.record.get('body');
    if (body instanceof Y.XmlFragment) replaceRichText(body, draft.body);
    afterWordingChange(roots, clauseId, actor.name, recorder);
    return { clauseId, optionId: option.id };
  }
  const text = [draft.heading.trim(), draft.plainText.trim()].filter((part) => part !== '').join('\n');
  const comment = clauseCommentSchema.parse({
    id: newCommentId(),
    kind: 'proposal',
    by: actor.participantId,
    byName: actor.name,
    // A proposal from a caucus is that party's, whoever tables it (the mediator for the party included).
    partyId: origin.kind === 'caucus' ? origin.partyId : (actor.partyId ?? null),
    at: ctx.now,
    text: text.slice(0, 20_000),
    disposition: 'open',
    origin,
  });
  clauseComments(record).push([comment]);
  return { clauseId, commentId: comment.id };
}
