import type { Notice, Notices } from '@parley/shared';
import { wordDiff } from '@parley/shared';
import type { AuditNames } from '../audit/AuditNames.ts';
import { describeAuditEntry } from '../audit/describeAuditEntry.ts';
import type { ParticipantRecord, SessionStore } from '../storage/SessionStore.ts';
import { noticeFacts } from './noticeFacts.ts';
import { noticeKind } from './noticeKind.ts';

/** Entries read per storage call while looking for a participant's notices. */
const BATCH = 500;
/** The most unread notices answered; older unread ones wait until these are read. */
const MAX_NOTICES = 50;

/**
 * A participant's unread notices, oldest first: the record entries after their read cursor that
 * concern them, told in words and as facts for the reader's language (with a word diff when the entry carries the text before and after, its
 * words split as `language`, the language of negotiation, has them).
 */
export async function unreadNotices(
  storage: SessionStore,
  reader: ParticipantRecord,
  names: () => Promise<AuditNames>,
  language: string,
  /** The session's language tags, to name the version whose change lapsed sign-offs. */
  languages: readonly string[] = [language],
): Promise<Notices> {
  const readUpTo = await storage.noticesReadUpTo(reader.id);
  const notices: Notice[] = [];
  let cursor = readUpTo;
  let told: AuditNames | null = null;
  while (notices.length < MAX_NOTICES) {
    const batch = await storage.listAuditAfter(reader.sessionId, cursor, BATCH);
    for (const entry of batch) {
      const kind = noticeKind(entry, reader);
      if (kind === null) continue;
      told ??= await names();
      const { summary, before, after } = describeAuditEntry(entry, told);
      // A language version's change keeps that version's words: they, not the original's, changed.
      const versionLanguage = typeof entry.detail.language === 'string' ? entry.detail.language : null;
      const signedText = versionLanguage === null ? textSignedBy(entry.detail, reader.partyId) : undefined;
      const textBefore = signedText ?? (typeof entry.detail.textBefore === 'string' ? entry.detail.textBefore : before);
      const textNow = typeof entry.detail.textNow === 'string' ? entry.detail.textNow : undefined;
      const textAfter = textNow ?? (typeof entry.detail.textAfter === 'string' ? entry.detail.textAfter : after);
      const isText =
        signedText !== undefined ||
        typeof entry.detail.before === 'string' ||
        typeof entry.detail.textBefore === 'string';
      notices.push({
        id: entry.id,
        at: entry.at,
        kind,
        summary,
        facts: noticeFacts(kind, entry, told, languages),
        ...(textBefore !== undefined ? { before: textBefore } : {}),
        ...(textAfter !== undefined ? { after: textAfter } : {}),
        ...(isText && textBefore !== undefined && textAfter !== undefined
          ? { diff: wordDiff(textBefore, textAfter, versionLanguage ?? language) }
          : {}),
      });
      if (notices.length >= MAX_NOTICES) break;
    }
    const last = batch[batch.length - 1];
    if (batch.length < BATCH || last === undefined) break;
    cursor = last.id;
  }
  return { notices, readUpTo };
}

/** The words the reader's party had signed, when an entry about lapsed sign-offs records them. */
function textSignedBy(detail: Record<string, unknown>, partyId: string | null | undefined): string | undefined {
  if (!Array.isArray(detail.signed)) return undefined;
  const signed = detail.signed as { partyId?: unknown; text?: unknown }[];
  const own = signed.find((s) => s.partyId === partyId) ?? signed.find((s) => typeof s.text === 'string');
  return typeof own?.text === 'string' ? own.text : undefined;
}
