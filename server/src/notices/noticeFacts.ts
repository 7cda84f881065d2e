import type { NoticeFacts, NoticeHolder, NoticeKind, NoticePerson } from '@parley/shared';
import { bracketReasonSchema, isMediatorHolder, languageName, roleSchema } from '@parley/shared';
import type { AuditNames } from '../audit/AuditNames.ts';
import { clauseNumberOf } from '../audit/AuditNames.ts';
import type { AuditEntry } from '../storage/SessionStore.ts';

type Detail = AuditEntry['detail'];

/** Also looked for when a lapsed sign-off's language is no longer among the session's. */
const UN_LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];

const text = (detail: Detail, key: string): string | null => {
  const value = detail[key];
  return typeof value === 'string' && value.trim() !== '' ? value : null;
};
const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

/**
 * What a notice says, as data: the same facts `describeAuditEntry` puts into English words, taken from
 * the record entry, so that the room can word them in the reader's language. `languages` are the
 * session's language tags, to tell which version's change lapsed sign-offs.
 */
export function noticeFacts(
  kind: NoticeKind,
  entry: AuditEntry,
  names: AuditNames,
  languages: readonly string[],
): NoticeFacts {
  const d = entry.detail;
  const person = (participantId: string | null): NoticePerson | null => {
    if (participantId === null) return null;
    const known = names.people.get(participantId);
    // Someone no longer on record is worded without a seat: their role no longer matters.
    if (!known) return { name: null, role: 'observer', party: null };
    return { name: known.name, role: known.role, party: known.partyId ? partyName(known.partyId) : null };
  };
  const partyName = (partyId: string): string | null => names.parties.get(partyId) ?? null;
  const partyOf = (partyId: string | null): string | null => (partyId === null ? null : partyName(partyId));
  const holder = (value: string | null): NoticeHolder | null =>
    value === null ? null : isMediatorHolder(value) ? { kind: 'mediator' } : { kind: 'party', name: partyName(value) };
  const clauseId = text(d, 'clauseId');
  const words = clauseId === null ? undefined : names.clauses.get(clauseId);
  const clause = words === undefined ? null : clauseNumberOf(words);
  const by = actor(entry, names, person);
  const about = text(d, 'participantId');

  switch (kind) {
    case 'adoption':
      return {
        kind,
        by,
        event: entry.action === 'adoption.propose' ? 'proposed' : d.adopted === true ? 'adopted' : 'accepted',
        party: partyOf(text(d, 'partyId')),
        adReferendum: d.adReferendum === true,
        revision: text(d, 'revisionLabel'),
      };
    case 'silence': {
      const event = entry.action === 'silence.start' ? 'started' : entry.action === 'silence.break' ? 'broken' : 'kept';
      const clauses = Array.isArray(d.clauses) ? d.clauses.filter((c): c is string => typeof c === 'string') : null;
      return {
        kind,
        by,
        event,
        clauses,
        until: typeof d.until === 'number' ? d.until : null,
        explanation: text(d, 'explanation'),
        party: partyOf(text(d, 'partyId')),
        adopted: d.adopted === true,
        revision: text(d, 'revisionLabel'),
      };
    }
    case 'signOffsCleared': {
      const cause = causeOf(d, languages);
      const parties = Array.isArray(d.parties)
        ? d.parties.filter((id): id is string => typeof id === 'string').map(partyName)
        : [];
      return { kind, by, clause, parties, ...cause };
    }
    case 'clauseReopened':
      return { kind, by, clause, reason: text(d, 'reason') };
    case 'bracketLifted': {
      const reason = bracketReasonSchema.safeParse(d.reason);
      return {
        kind,
        by,
        clause,
        reason: reason.success ? reason.data : null,
        note: text(d, 'note'),
        holder: holder(text(d, 'holder')),
        words: text(d, 'words'),
      };
    }
    case 'bracketGiven': {
      const to = text(d, 'to');
      return {
        kind,
        by,
        clause,
        count: typeof d.brackets === 'number' && d.brackets >= 1 ? d.brackets : 1,
        words: text(d, 'words'),
        from: holder(text(d, 'from')),
        to: to === null ? null : partyName(to),
      };
    }
    case 'floorGiven':
      return { kind, by, speaker: person(about), next: entry.action === 'floor.next' };
    case 'timeUp':
      return { kind, by, speaker: person(about) };
    case 'muted':
    case 'unmuted':
      return { kind, by, participant: person(about) };
    case 'oneText':
      return { kind, by, enabled: d.enabled !== false };
    case 'freeze':
      return { kind, by, frozen: d.frozen !== false };
    case 'textTabled': {
      const origin = record(d.origin);
      const as = text(d, 'as');
      return {
        kind,
        by,
        clause,
        heading: text(d, 'heading'),
        origin:
          typeof origin.name === 'string'
            ? { kind: origin.kind === 'caucus' ? 'caucus' : 'workingGroup', name: origin.name }
            : null,
        as: as === 'clause' || as === 'option' || as === 'proposal' ? as : null,
      };
    }
    case 'suggestionAccepted':
    case 'suggestionRejected': {
      const suggestions = (Array.isArray(d.suggestions) ? d.suggestions : []).flatMap((item: unknown) => {
        if (typeof item !== 'object' || item === null) return [];
        const s = record(item);
        return [
          {
            kind: s.kind === 'deletion' ? ('deletion' as const) : ('insertion' as const),
            words: typeof s.words === 'string' ? s.words.trim() : '',
            by: typeof s.by === 'string' ? person(s.by) : null,
          },
        ];
      });
      const partyId = text(d, 'partyId');
      return {
        kind,
        by,
        clause,
        suggestions,
        count: Array.isArray(d.suggestionIds) ? d.suggestionIds.length : 0,
        party: partyId === null ? null : partyName(partyId),
      };
    }
  }
}

/** Who acted, with the seat the record gives them (the server acting for nobody is null). */
function actor(
  entry: AuditEntry,
  names: AuditNames,
  person: (id: string | null) => NoticePerson | null,
): NoticePerson | null {
  if (entry.participantId === null) return null;
  if (names.people.has(entry.participantId)) return person(entry.participantId);
  const role = roleSchema.safeParse(entry.role);
  return { name: null, role: role.success ? role.data : 'mediator', party: null };
}

/**
 * Why sign-offs lapsed. The record keeps who changed the words (`changedBy`) and an English reason,
 * "the text was changed by …" or "the Russian text was changed by …" for a language version; the
 * language is told apart by its English name among the session's languages.
 */
function causeOf(detail: Detail, languages: readonly string[]): { changedBy: string | null; language: string | null } {
  const reason = text(detail, 'reason') ?? '';
  const match = /^the (?:(.+) )?text was changed by (.+?)(?: \([^)]*\))?$/.exec(reason);
  const changedBy = text(detail, 'changedBy') ?? match?.[2] ?? null;
  const name = match?.[1];
  const candidates = [...languages, ...UN_LANGUAGES];
  const language =
    text(detail, 'language') ??
    (name === undefined ? null : (candidates.find((tag) => languageName(tag) === name) ?? null));
  return { changedBy, language };
}
