import { z } from 'zod';
import { diffPartSchema } from './DiffPart.ts';
import { noticeFactsSchema } from './NoticeFacts.ts';

/** What a notice is about, for the icon and for tests; the sentence says the rest. */
export const noticeKindSchema = z.enum([
  'signOffsCleared',
  'clauseReopened',
  'bracketLifted',
  'floorGiven',
  'timeUp',
  'muted',
  'unmuted',
  'oneText',
  'freeze',
  'textTabled',
  'bracketGiven',
  'suggestionAccepted',
  'suggestionRejected',
  /** Closing the deal: the whole text proposed for adoption, or adopted (told to everyone). */
  'adoption',
  /** The silence procedure: started, broken (with the explanation), or kept at the deadline (told to everyone). */
  'silence',
]);
export type NoticeKind = z.infer<typeof noticeKindSchema>;

/** One notice for one participant: an entry of the record that concerns them, told in words. */
export const noticeSchema = z.object({
  /** The audit entry's id: notices are read up to an id. */
  id: z.number(),
  at: z.number(),
  kind: noticeKindSchema,
  /** The notice in English words (for API clients, logs and tests); the room words `facts` instead. */
  summary: z.string(),
  /** What the sentence says, as data (names, clause numbers, counts, flags), for the reader's language. */
  facts: noticeFactsSchema.optional(),
  before: z.string().optional(),
  after: z.string().optional(),
  /** Word diff from `before` to `after`, when both are texts. */
  diff: z.array(diffPartSchema).optional(),
});
export type Notice = z.infer<typeof noticeSchema>;

/** `GET /api/sessions/:id/notices`: the unread notices, oldest first, and where the read cursor stands. */
export const noticesSchema = z.object({ notices: z.array(noticeSchema), readUpTo: z.number() });
export type Notices = z.infer<typeof noticesSchema>;

/** `POST /api/sessions/:id/notices/read` `{upTo}`: marks every notice up to that id as read. */
export const markNoticesReadSchema = z.object({ upTo: z.number().int().min(0) });

/** What `POST /api/sessions/:id/notices/read` answers: the read cursor after the move. */
export const noticesReadSchema = z.object({ readUpTo: z.number() });
export type NoticesRead = z.infer<typeof noticesReadSchema>;
