import type { ClauseContent, PartyId, TransitionRefusal, WriteRefusal } from '@parley/shared';
import { isMediatorHolder } from '@parley/shared';
import type { Translate } from '../../i18n/Translate.ts';

type Parties = readonly { readonly id: PartyId; readonly name: string }[];

const quoted = (words: string) => (words.length > 60 ? `${words.slice(0, 57)}…` : words);

/** A write refusal in the reader's language, from the same facts the server words in English. */
export function writeRefusalWords(why: WriteRefusal, text: Translate): string {
  switch (why.code) {
    case 'readOnlyForRole':
      return text('rule.write.readOnlyForRole', { role: why.role });
    case 'notASessionLanguage':
      return text('rule.write.notASessionLanguage', { language: why.language });
    case 'wordingFrozen':
    case 'wordingSettled':
      return text(`rule.write.${why.code}`, { status: text(`clause.status.${why.status}`) });
    default:
      return text(`rule.write.${why.code}`);
  }
}

/** "an open bracket: “monthly” held by Ruritania, and 2 options not yet collapsed (Option 1, Option 2)". */
export function openContentWords(content: ClauseContent, parties: Parties, text: Translate, locale: string): string {
  const list = (items: readonly string[], type: Intl.ListFormatType = 'conjunction') =>
    new Intl.ListFormat(locale, { type }).format(items);
  const holderWords = (holder: string) =>
    isMediatorHolder(holder)
      ? text('rule.open.mediator')
      : (parties.find((party) => party.id === holder)?.name ?? text('rule.open.otherParty'));
  const parts: string[] = [];
  if (content.brackets.length > 0) {
    const each = content.brackets.map((bracket) =>
      bracket.field.kind === 'option'
        ? text('rule.open.bracketInOption', {
            words: quoted(bracket.words),
            holder: holderWords(bracket.holder),
            option: bracket.field.label,
          })
        : text('rule.open.bracket', { words: quoted(bracket.words), holder: holderWords(bracket.holder) }),
    );
    const listed = each.join(text('rule.open.bracketSeparator'));
    parts.push(text('rule.open.brackets', { count: content.brackets.length, list: listed }));
  }
  if (content.options.length > 0) {
    parts.push(
      text('rule.open.options', {
        count: content.options.length,
        labels: content.options.join(text('rule.open.labelSeparator')),
      }),
    );
  }
  // Grouped by who proposed them, in order of first appearance: "a pending suggestion by X and one by Y".
  const byParty = new Map<string | null, number>();
  for (const { party } of content.suggestions ?? []) byParty.set(party, (byParty.get(party) ?? 0) + 1);
  if (byParty.size > 0) {
    const groups = [...byParty].map(([party, count], index) =>
      text(index === 0 ? 'rule.open.suggestions' : 'rule.open.suggestionsMore', {
        count,
        name: party === null ? text('rule.open.mediator') : holderWords(party),
      }),
    );
    parts.push(list(groups));
  }
  return parts.reduce((first, second) => text('rule.open.and', { first, second }));
}

/** A refused change of a clause's status (sign-off, agreement …) in the reader's language. */
export function transitionRefusalWords(
  why: TransitionRefusal,
  parties: Parties,
  text: Translate,
  locale: string,
): string {
  const status = (value: string) => text(`clause.status.${value}` as Parameters<Translate>[0]);
  switch (why.code) {
    case 'roleMayNot':
      return text('rule.transition.roleMayNot', {
        action: text('rule.action', { transition: why.transition }),
        roles: text('rule.roles', { role: why.role }),
      });
    case 'notOneText':
      return text('rule.transition.notOneText', {
        action: text('rule.action', { transition: why.transition }),
        what: openContentWords(why.content, parties, text, locale),
      });
    case 'wrongStatus': {
      const sentence = text('rule.transition.wrongStatus', {
        status: status(why.status),
        action: text('rule.action', { transition: why.transition }),
        allowed: new Intl.ListFormat(locale, { type: 'disjunction' }).format(why.from.map(status)),
      });
      return why.reopenFirst ? `${sentence} ${text('rule.transition.reopenFirst')}` : sentence;
    }
    case 'alreadyStatus':
    case 'agreedBySignOffs':
      return text(`rule.transition.${why.code}`, { status: status(why.status) });
    case 'versionsNotAligned': {
      const names = new Intl.DisplayNames([locale], { type: 'language' });
      const versions = why.versions.map(({ language, state }) =>
        text(state === 'stale' ? 'rule.version.stale' : 'rule.version.missing', {
          language: names.of(language) ?? language,
        }),
      );
      return text('rule.transition.versionsNotAligned', {
        action: text('rule.action', { transition: why.transition }),
        versions: new Intl.ListFormat(locale, { type: 'conjunction' }).format(versions),
      });
    }
    case 'staysBracketed':
      return text('rule.transition.staysBracketed', { what: openContentWords(why.content, parties, text, locale) });
    default:
      return text(`rule.transition.${why.code}`);
  }
}
