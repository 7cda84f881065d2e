import { z } from 'zod';
import { ID_PATTERN } from '../ids.ts';
import type { Role } from '../Role.ts';
import { roleSchema } from '../Role.ts';
import { agendaItemStateSchema } from '../schema/AgendaItem.ts';
import { BRACKET_NOTE_MAX, bracketHolderSchema } from '../schema/Bracket.ts';
import { clauseKindSchema } from '../schema/Clause.ts';
import { clauseStatusSchema } from '../schema/ClauseStatus.ts';
import { calendarDateSchema, documentMarkingSchema, documentSymbolSchema } from '../schema/DocumentDetails.ts';
import { tableAsSchema } from '../schema/RoomDraft.ts';
import { languageTagSchema, sessionLanguagesSchema } from '../schema/SessionLanguage.ts';
import { editModeSchema } from '../schema/SessionSettings.ts';

const id = z.string().regex(ID_PATTERN, 'must be an id');
const itemId = id;
const clauseId = id;
const index = z.number().int().min(0).max(100_000);
const title = z.string().trim().min(1).max(500);

const decideSuggestions = {
  clauseId,
  suggestionIds: z.array(id).min(1).max(1000).optional(),
  partyId: id.optional(),
};

/** An invite is named by the capability it grants: a role, and for delegates their party. */
const capability = { role: roleSchema, partyId: id.optional() };

/**
 * Server-authoritative actions (`POST /api/sessions/:id/commands`). The names are a contract
 * (DESIGN.md, "Moderation commands"); payload fields name what they act on.
 */
export const commandSchema = z.discriminatedUnion('type', [
  // Invites and participants
  z.object({ type: z.literal('invite.revoke'), ...capability }),
  z.object({ type: z.literal('invite.reissue'), ...capability }),
  // Removal also retires the invite the person joined with (a fresh one is answered) unless keepInvite.
  z.object({ type: z.literal('participant.remove'), participantId: id, keepInvite: z.boolean().optional() }),
  z.object({ type: z.literal('participant.mute'), participantId: id }),
  z.object({ type: z.literal('participant.unmute'), participantId: id }),
  // The agenda
  z.object({
    type: z.literal('agenda.add'),
    title,
    timeboxMinutes: z.number().int().min(1).max(1440).nullable().optional(),
    workingGroup: z.string().trim().max(200).nullable().optional(),
  }),
  z.object({
    type: z.literal('agenda.edit'),
    itemId,
    title: title.optional(),
    workingGroup: z.string().trim().max(200).nullable().optional(),
  }),
  z.object({ type: z.literal('agenda.move'), itemId, index }),
  z.object({ type: z.literal('agenda.remove'), itemId }),
  z.object({ type: z.literal('agenda.setCurrent'), itemId: itemId.nullable() }),
  z.object({ type: z.literal('agenda.setState'), itemId, state: agendaItemStateSchema }),
  /** Sets the item's time-box and, for the current item, starts the countdown on server time. */
  z.object({ type: z.literal('agenda.timebox'), itemId, minutes: z.number().int().min(1).max(1440).nullable() }),
  // The floor
  z.object({ type: z.literal('queue.raiseHand'), pointOfOrder: z.boolean().optional() }),
  z.object({ type: z.literal('queue.lowerHand'), participantId: id.optional() }),
  z.object({ type: z.literal('queue.close') }),
  z.object({ type: z.literal('queue.reopen') }),
  z.object({ type: z.literal('floor.give'), participantId: id }),
  z.object({ type: z.literal('floor.next') }),
  z.object({ type: z.literal('floor.end') }),
  z.object({ type: z.literal('floor.setLimit'), seconds: z.number().int().min(10).max(3600).nullable() }),
  // Clauses
  z.object({
    type: z.literal('clause.add'),
    kind: clauseKindSchema,
    heading: z.string().max(500).optional(),
    text: z.string().max(100_000).optional(),
    index: index.optional(),
  }),
  z.object({ type: z.literal('clause.move'), clauseId, index }),
  z.object({ type: z.literal('clause.remove'), clauseId }),
  z.object({ type: z.literal('clause.setStatus'), clauseId, status: clauseStatusSchema }),
  z.object({ type: z.literal('clause.lock'), clauseId }),
  z.object({ type: z.literal('clause.unlock'), clauseId }),
  z.object({ type: z.literal('clause.addOption'), clauseId, label: z.string().trim().min(1).max(100) }),
  z.object({ type: z.literal('clause.collapseOptions'), clauseId, optionId: id }),
  /** Undoes the last "Keep this option": the text and the options come back as they were. */
  z.object({ type: z.literal('clause.restoreOptions'), clauseId }),
  /**
   * Records that the clause's version in `language` (a session language other than the language of
   * negotiation) says what the original says now: "aligned with English as of <time>, by <name>".
   */
  z.object({ type: z.literal('clause.alignLanguage'), clauseId, language: languageTagSchema }),
  z.object({ type: z.literal('clause.signOff'), clauseId, adReferendum: z.boolean().optional() }),
  z.object({ type: z.literal('clause.withdrawSignOff'), clauseId }),
  /** The chair's "agreed, no objection": recorded, refused while the clause is bracketed. */
  z.object({ type: z.literal('clause.agreeWithoutObjection'), clauseId }),
  /** Opens an agreed clause again: the sign-offs are cleared and the reason is recorded. */
  z.object({ type: z.literal('clause.reopen'), clauseId, reason: z.string().trim().min(1).max(1000) }),
  z.object({
    type: z.literal('clause.comment'),
    clauseId,
    text: z.string().trim().min(1).max(20_000),
    proposal: z.boolean().optional(),
  }),
  z.object({
    type: z.literal('clause.decideProposal'),
    clauseId,
    commentId: id,
    disposition: z.enum(['incorporated', 'notRetained']),
    /** With "incorporated": put the proposal's wording in, as the clause's text or as a new option. */
    apply: z.enum(['asText', 'asOption']).optional(),
  }),
  // Brackets
  /**
   * Gives every bracketed run of the clause held by `from` (a party, or MEDIATOR_HOLDER) to the party
   * `to`, keeping the reason; the note becomes `note`, or is cleared when none is given.
   */
  z.object({
    type: z.literal('bracket.reassign'),
    clauseId,
    from: bracketHolderSchema,
    to: id,
    note: z.string().trim().max(BRACKET_NOTE_MAX).optional(),
  }),
  // The session
  z.object({ type: z.literal('session.freeze'), frozen: z.boolean() }),
  z.object({ type: z.literal('session.oneText'), enabled: z.boolean() }),
  z.object({ type: z.literal('session.observersMayExport'), allowed: z.boolean() }),
  /** How delegates change clause text: directly, or only by suggestions (One-Text mode implies suggest). */
  z.object({ type: z.literal('session.editMode'), mode: editModeSchema }),
  /** Whether working groups' members may table their drafts in the plenary themselves. */
  z.object({ type: z.literal('session.workingGroupsMayTable'), allowed: z.boolean() }),
  z.object({ type: z.literal('session.holdersMaySettleSuggestions'), allowed: z.boolean() }),
  /** The session's languages, the language of negotiation first; a language that holds text stays. */
  z.object({
    type: z.literal('session.languages'),
    languages: sessionLanguagesSchema,
    /** Whether delegates negotiate the versions in parallel; unchanged when left out. */
    inParallel: z.boolean().optional(),
  }),
  /** The exported documents' letterhead (`meta.document`): symbol, marking (draft or non-paper) and date. */
  z.object({
    type: z.literal('document.details'),
    symbol: documentSymbolSchema,
    marking: documentMarkingSchema,
    date: calendarDateSchema.optional(),
  }),
  z.object({
    type: z.literal('breakout.open'),
    partyId: id.optional(),
    label: z.string().trim().min(1).max(100).optional(),
    participantIds: z.array(id).max(100).optional(),
  }),
  z.object({ type: z.literal('breakout.close'), breakoutId: id }),
  /**
   * Tables a draft of a breakout room (`room`: its document name, as in `/sync/<room>`) in the plenary:
   * as a new clause (`kind`), as an option of `clauseId`, or, from a caucus, as the party's textual
   * proposal on `clauseId`. The plenary gets a copy with its origin; the room records the tabling.
   */
  z.object({
    type: z.literal('draft.table'),
    room: z.string().min(1).max(300),
    draftId: id,
    as: tableAsSchema,
    clauseId: clauseId.optional(),
    kind: clauseKindSchema.optional(),
  }),
  /**
   * Accepts or rejects a clause's pending suggestions (`schema/Suggestion.ts`): those named by
   * `suggestionIds`, else all of `partyId`'s, else all of them. Accepting an insertion keeps its
   * words, a deletion removes them; rejecting does the opposite. The result is plain text.
   */
  z.object({ type: z.literal('suggestion.accept'), ...decideSuggestions }),
  z.object({ type: z.literal('suggestion.reject'), ...decideSuggestions }),
  z.object({ type: z.literal('version.save'), label: z.string().trim().min(1).max(100).optional() }),
  // Closing the deal (README, "Closing the deal")
  /** The mediator proposes the whole text for adoption: refused while any clause is not agreed. */
  z.object({ type: z.literal('adoption.propose') }),
  /** A delegate accepts the proposed text for their party, ad referendum (pending their capital) or not. */
  z.object({ type: z.literal('adoption.accept'), adReferendum: z.boolean().optional() }),
  /** A delegate confirms their party's ad referendum acceptance: "confirmed by capital". */
  z.object({ type: z.literal('adoption.confirm') }),
  /** The mediator places the whole draft (or `clauseIds`) under silence until `until` (ISO time, in the future). */
  z.object({
    type: z.literal('silence.start'),
    until: z.iso.datetime({ offset: true }),
    clauseIds: z.array(clauseId).min(1).max(1000).optional(),
  }),
  /** A delegate breaks silence for their party, saying why: the procedure ends. */
  z.object({ type: z.literal('silence.break'), explanation: z.string().trim().min(1).max(5000) }),
  /** A delegate (their party's head of delegation) initials the adopted text, once per party. */
  z.object({ type: z.literal('text.initial') }),
]);
export type Command = z.infer<typeof commandSchema>;
export type CommandType = Command['type'];

const MEDIATOR: readonly Role[] = ['mediator'];
const DELEGATES: readonly Role[] = ['delegate'];
const SPEAKERS: readonly Role[] = ['mediator', 'delegate'];
/** Who keeps the language versions in step with the original: language services' only command. */
const TRANSLATORS: readonly Role[] = ['mediator', 'languageServices'];

/**
 * Who may send each command (the server enforces it; the client shows controls accordingly). Some
 * commands narrow further by payload (a delegate lowers only their own hand, signs for their own party).
 */
export const COMMAND_ROLES: Readonly<Record<CommandType, readonly Role[]>> = {
  'invite.revoke': MEDIATOR,
  'invite.reissue': MEDIATOR,
  'participant.remove': MEDIATOR,
  'participant.mute': MEDIATOR,
  'participant.unmute': MEDIATOR,
  'agenda.add': MEDIATOR,
  'agenda.edit': MEDIATOR,
  'agenda.move': MEDIATOR,
  'agenda.remove': MEDIATOR,
  'agenda.setCurrent': MEDIATOR,
  'agenda.setState': MEDIATOR,
  'agenda.timebox': MEDIATOR,
  'queue.raiseHand': DELEGATES,
  'queue.lowerHand': SPEAKERS,
  'queue.close': MEDIATOR,
  'queue.reopen': MEDIATOR,
  'floor.give': MEDIATOR,
  'floor.next': MEDIATOR,
  'floor.end': SPEAKERS,
  'floor.setLimit': MEDIATOR,
  'clause.add': MEDIATOR,
  'clause.move': MEDIATOR,
  'clause.remove': MEDIATOR,
  'clause.setStatus': MEDIATOR,
  'clause.lock': MEDIATOR,
  'clause.unlock': MEDIATOR,
  'clause.addOption': SPEAKERS,
  'clause.collapseOptions': MEDIATOR,
  'clause.restoreOptions': MEDIATOR,
  'clause.alignLanguage': TRANSLATORS,
  'bracket.reassign': MEDIATOR,
  'clause.signOff': DELEGATES,
  'clause.withdrawSignOff': DELEGATES,
  'clause.agreeWithoutObjection': MEDIATOR,
  'clause.reopen': MEDIATOR,
  'clause.comment': SPEAKERS,
  'clause.decideProposal': MEDIATOR,
  'session.freeze': MEDIATOR,
  'session.oneText': MEDIATOR,
  'session.observersMayExport': MEDIATOR,
  'session.editMode': MEDIATOR,
  'session.workingGroupsMayTable': MEDIATOR,
  'session.holdersMaySettleSuggestions': MEDIATOR,
  'session.languages': MEDIATOR,
  'document.details': MEDIATOR,
  'breakout.open': MEDIATOR,
  'breakout.close': MEDIATOR,
  // Narrowed by payload: a delegate tables from their own caucus, or from their working group if allowed.
  'draft.table': SPEAKERS,
  // The "and, where the session allows, the parties for their own brackets" is not built yet.
  // Delegates only for suggestions inside their own party's brackets, while the session allows it.
  'suggestion.accept': SPEAKERS,
  'suggestion.reject': SPEAKERS,
  'version.save': MEDIATOR,
  'adoption.propose': MEDIATOR,
  'adoption.accept': DELEGATES,
  'adoption.confirm': DELEGATES,
  'silence.start': MEDIATOR,
  'silence.break': DELEGATES,
  'text.initial': DELEGATES,
};
