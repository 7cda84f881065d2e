import { z } from 'zod';
import { roleSchema } from '../Role.ts';
import { bracketReasonSchema } from '../schema/Bracket.ts';

/**
 * A person a notice names, as data: the reader's interface words the seat. `name` is null for someone
 * no longer on record; `party` is the party's name for a delegate (null when it is no longer in the session).
 */
export const noticePersonSchema = z.object({
  name: z.string().nullable(),
  role: roleSchema,
  party: z.string().nullable(),
});
export type NoticePerson = z.infer<typeof noticePersonSchema>;

/** A bracket's holder: a party by name (null: no longer in the session), or the mediator. */
export const noticeHolderSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('party'), name: z.string().nullable() }),
  z.object({ kind: z.literal('mediator') }),
]);
export type NoticeHolder = z.infer<typeof noticeHolderSchema>;

/** Who acted: a person, or null when the server itself did (lapsed sign-offs, a turn's time running out). */
const by = noticePersonSchema.nullable();
/** The clause's number as the text shows it ("3", "PP1"); null when it has since been removed. */
const clause = z.string().nullable();

/** One suggestion settled, as the record names it: inserted or deleted words, and whose. */
export const noticeSuggestionSchema = z.object({
  kind: z.enum(['insertion', 'deletion']),
  words: z.string(),
  by: noticePersonSchema.nullable(),
});

const settled = {
  by,
  clause,
  /** The suggestions named one by one (words and author), when the record has them. */
  suggestions: z.array(noticeSuggestionSchema),
  /** Otherwise how many were settled (0 when the record says neither), or whose (a party's name). */
  count: z.number().int().min(0),
  party: z.string().nullable(),
};

/**
 * What a notice says, as data beside its English `summary`, so that the reader's interface can word it
 * in their language. Names, clause numbers and words typed by people (a reopening's reason, bracketed
 * words, a heading) stay as they are; everything else is a code or a number.
 */
export const noticeFactsSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('signOffsCleared'),
    by,
    clause,
    /** The parties whose sign-offs lapsed, by name (null: no longer in the session). */
    parties: z.array(z.string().nullable()),
    /** Why: who changed the words (null when the record does not say) … */
    changedBy: z.string().nullable(),
    /** … and in which language version (a BCP 47 tag), null for the text in the language of negotiation. */
    language: z.string().nullable(),
  }),
  z.object({ kind: z.literal('clauseReopened'), by, clause, reason: z.string().nullable() }),
  z.object({
    kind: z.literal('bracketLifted'),
    by,
    clause,
    reason: bracketReasonSchema.nullable(),
    note: z.string().nullable(),
    holder: noticeHolderSchema.nullable(),
    words: z.string().nullable(),
  }),
  z.object({
    kind: z.literal('bracketGiven'),
    by,
    clause,
    /** How many brackets were given (1 when one was). */
    count: z.number().int().min(1),
    words: z.string().nullable(),
    from: noticeHolderSchema.nullable(),
    /** The party given them, by name (null: no longer in the session). */
    to: z.string().nullable(),
  }),
  z.object({
    kind: z.literal('floorGiven'),
    by,
    speaker: noticePersonSchema.nullable(),
    /** Given as the next speaker on the list (`floor.next`) rather than by name. */
    next: z.boolean(),
  }),
  z.object({ kind: z.literal('timeUp'), by, speaker: noticePersonSchema.nullable() }),
  z.object({ kind: z.literal('muted'), by, participant: noticePersonSchema.nullable() }),
  z.object({ kind: z.literal('unmuted'), by, participant: noticePersonSchema.nullable() }),
  z.object({ kind: z.literal('oneText'), by, enabled: z.boolean() }),
  z.object({ kind: z.literal('freeze'), by, frozen: z.boolean() }),
  z.object({
    kind: z.literal('textTabled'),
    by,
    /** The number it now has or it was tabled on (null: tabled in the plenary, or since removed). */
    clause,
    heading: z.string().nullable(),
    origin: z.object({ kind: z.enum(['caucus', 'workingGroup']), name: z.string() }).nullable(),
    as: z.enum(['clause', 'option', 'proposal']).nullable(),
  }),
  z.object({ kind: z.literal('suggestionAccepted'), ...settled }),
  z.object({ kind: z.literal('suggestionRejected'), ...settled }),
  /** The whole text proposed for adoption, accepted by a party (told to the mediators), or adopted by the last acceptance. */
  z.object({
    kind: z.literal('adoption'),
    by,
    event: z.enum(['proposed', 'accepted', 'adopted']),
    party: z.string().nullable(),
    adReferendum: z.boolean(),
    /** The label of the revision frozen at adoption ("Adopted text"). */
    revision: z.string().nullable(),
  }),
  /** The silence procedure: started (until a deadline), broken by a party (its explanation), or kept. */
  z.object({
    kind: z.literal('silence'),
    by,
    event: z.enum(['started', 'broken', 'kept']),
    /** The numbers of the clauses under silence; null: the whole text. */
    clauses: z.array(z.string()).nullable(),
    /** The deadline (server time, ms since epoch). */
    until: z.number().nullable(),
    explanation: z.string().nullable(),
    party: z.string().nullable(),
    /** Kept on the whole text: adopted as `revision`. */
    adopted: z.boolean(),
    revision: z.string().nullable(),
  }),
]);
export type NoticeFacts = z.infer<typeof noticeFactsSchema>;
