import type { SessionLanguage } from '@parley/shared';
import { canonicalLanguageTag, languageOfNegotiation } from '@parley/shared';
import { Refusal } from '../domain/Refusal.ts';

/**
 * The `language` query parameter of the export and the compare: one session language's tag, or
 * (where `most` is 2) two separated by a comma for parallel columns, in the order asked. Absent, it is
 * the language of negotiation. Tags are read in their canonical spelling (`EN` is `en`); a tag the
 * session does not have, a repeated one, or more than `most` is refused with the session's tags named.
 */
export function languageParameter(
  value: string | null,
  languages: readonly SessionLanguage[],
  most: 1 | 2,
): readonly string[] {
  if (value === null || value.trim() === '') return [languageOfNegotiation(languages)];
  const known = languages.map((language) => language.tag);
  const asked = value.split(',').map((tag) => tag.trim());
  if (asked.length > most) {
    throw new Refusal(
      'invalid',
      most === 1 ? 'language: one language tag only' : 'language: one language tag, or two separated by a comma',
    );
  }
  const tags = asked.map((tag) => {
    const canonical = canonicalLanguageTag(tag);
    if (canonical === null || !known.includes(canonical)) {
      throw new Refusal('invalid', `language: "${tag}" is not a language of this session (${known.join(', ')})`);
    }
    return canonical;
  });
  if (new Set(tags).size !== tags.length) throw new Refusal('invalid', 'language: name two different languages');
  return tags;
}
