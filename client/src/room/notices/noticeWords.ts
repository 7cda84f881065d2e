import type { NoticeFacts, NoticeHolder, NoticePerson } from '@parley/shared';
import type { Translate } from '../../i18n/Translate.ts';

/** Words typed by people, cut as the server cuts them in its English sentence. */
const cut = (words: string, max: number) => (words.length > max ? `${words.slice(0, max - 1)}…` : words);
const yes = (value: boolean) => (value ? 'yes' : 'no');

/**
 * A notice in the reader's language, from its facts: the same sentence the server writes in English
 * (`summary`), with names, clause numbers and the words people typed left as they are.
 */
export function noticeWords(facts: NoticeFacts, text: Translate, locale: string): string {
  const person = (who: NoticePerson | null): string => {
    if (who === null || who.name === null) return text('notice.personGone');
    const party = who.party ?? (who.role === 'delegate' ? text('notice.someDelegation') : '');
    return text('notice.person', { name: who.name, seat: text('notice.seat', { role: who.role, party }) });
  };
  const by = facts.by === null ? text('notice.server') : person(facts.by);
  const party = (name: string | null) => name ?? text('notice.partyGone');
  const holder = (held: NoticeHolder) => (held.kind === 'mediator' ? text('notice.mediator') : party(held.name));
  const clause = (number: string | null) =>
    number === null
      ? text('notice.clauseGone')
      : text('notice.clause', { number, preamble: yes(number.startsWith('PP')) });
  const list = (
    items: readonly string[],
    type: Intl.ListFormatType = 'conjunction',
    style: Intl.ListFormatStyle = 'long',
  ) => new Intl.ListFormat(locale, { type, style }).format(items);

  const sentence = (): string => {
    switch (facts.kind) {
      case 'signOffsCleared': {
        const cause = facts.changedBy === null ? 'none' : facts.language === null ? 'text' : 'version';
        return text('notice.signOffsCleared', {
          hasParties: yes(facts.parties.length > 0),
          parties: list(facts.parties.map(party)),
          clause: clause(facts.clause),
          cause,
          language: facts.language === null ? '' : languageIn(locale, facts.language),
          changedBy: facts.changedBy ?? '',
        });
      }
      case 'clauseReopened':
        return text('notice.clauseReopened', {
          by,
          clause: clause(facts.clause),
          hasReason: yes(facts.reason !== null),
          reason: cut(facts.reason ?? '', 120),
        });
      case 'bracketLifted':
        return text('notice.bracketLifted', {
          by,
          hasLabel: yes(facts.reason !== null),
          label: facts.reason === null ? '' : text(`bracket.reason.${facts.reason}`),
          hasNote: yes(facts.note !== null),
          note: facts.note ?? '',
          hasHolder: yes(facts.holder !== null),
          holder: facts.holder === null ? '' : holder(facts.holder),
          hasWords: yes(facts.words !== null),
          words: cut(cut(facts.words ?? '', 80), 120),
          clause: clause(facts.clause),
        });
      case 'bracketGiven':
        return text('notice.bracketGiven', {
          by,
          count: facts.count,
          hasWords: yes(facts.words !== null),
          words: cut(cut(facts.words ?? '', 80), 120),
          hasFrom: yes(facts.from !== null),
          from: facts.from === null ? '' : holder(facts.from),
          clause: clause(facts.clause),
          to: party(facts.to),
        });
      case 'floorGiven':
        return text('notice.floorGiven', { by, next: yes(facts.next), speaker: person(facts.speaker) });
      case 'timeUp':
        return text('notice.timeUp', { speaker: person(facts.speaker) });
      case 'muted':
      case 'unmuted':
        return text(`notice.${facts.kind}`, { by, participant: person(facts.participant) });
      case 'oneText':
        return text('notice.oneText', { by, enabled: yes(facts.enabled) });
      case 'freeze':
        return text('notice.freeze', { by, frozen: yes(facts.frozen) });
      case 'textTabled':
        return text('notice.textTabled', {
          by,
          hasHeading: yes(facts.heading !== null),
          heading: cut(facts.heading ?? '', 120),
          origin: facts.origin?.kind ?? 'none',
          originName:
            facts.origin === null
              ? ''
              : facts.origin.kind === 'caucus'
                ? facts.origin.name
                : cut(facts.origin.name, 120),
          as: facts.as ?? 'none',
          clause: clause(facts.clause),
        });
      case 'suggestionAccepted':
      case 'suggestionRejected': {
        const named = facts.suggestions.map((s) =>
          text('notice.suggestion', {
            kind: s.kind,
            words: cut(s.words, 120),
            hasAuthor: yes(s.by !== null),
            author: s.by === null ? '' : person(s.by),
          }),
        );
        const what =
          named.length > 0
            ? list(named, 'unit', 'short')
            : text('notice.suggestionsCounted', {
                count: facts.count,
                hasParty: yes(facts.party !== null),
                party: facts.party ?? '',
              });
        return text(`notice.${facts.kind}`, { by, what, clause: clause(facts.clause) });
      }
      case 'adoption':
        return text('notice.adoption', {
          by,
          event: facts.event,
          hasParty: yes(facts.party !== null),
          party: facts.party ?? '',
          adReferendum: yes(facts.adReferendum),
          revision: facts.revision ?? '',
        });
      case 'silence': {
        // The deadline as the server's record writes it: UTC, hours and minutes, the ISO date.
        const until = facts.until === null ? null : new Date(facts.until).toISOString();
        return text('notice.silence', {
          by,
          event: facts.event,
          what: facts.clauses === null ? text('notice.wholeText') : list(facts.clauses.map((number) => clause(number))),
          count: facts.clauses?.length ?? 0,
          hasUntil: yes(until !== null),
          time: until?.slice(11, 16) ?? '',
          date: until?.slice(0, 10) ?? '',
          hasParty: yes(facts.party !== null),
          party: facts.party ?? '',
          hasExplanation: yes(facts.explanation !== null),
          explanation: cut(facts.explanation ?? '', 120),
          adopted: yes(facts.adopted),
          revision: facts.revision ?? '',
        });
      }
    }
  };
  const words = sentence();
  // A sentence may open with a name or "a participant …": the first letter is a capital, as the server's is.
  return words.charAt(0).toLocaleUpperCase(locale) + words.slice(1);
}

/** A language's name in the reader's language ("русский" for `ru` in Russian); the tag when unknown. */
function languageIn(locale: string, tag: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
