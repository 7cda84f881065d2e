import { z } from 'zod';

/**
 * The canonical form of a BCP 47 tag (`EN-us` → `en-US`), or null when it is not one. `Intl` is the
 * judge, so the server and every browser agree on what a tag is and how it is spelt.
 */
export function canonicalLanguageTag(tag: string): string | null {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    return canonical ?? null;
  } catch {
    return null;
  }
}

/** A BCP 47 tag, stored in its canonical spelling. */
export const languageTagSchema = z
  .string()
  .trim()
  .min(1, 'a language tag must not be empty')
  .max(35, 'a language tag is at most 35 characters')
  .transform((tag, context) => {
    const canonical = canonicalLanguageTag(tag);
    if (canonical === null) {
      context.addIssue({ code: 'custom', message: `"${tag}" is not a BCP 47 language tag` });
      return z.NEVER;
    }
    return canonical;
  });

/**
 * One language of a session. `authentic`: its text is equally authentic with the others (a version
 * that is only a translation for convenience is not); a missing value means authentic, as the
 * languages of an agreement usually are.
 */
export const sessionLanguageSchema = z.object({
  tag: languageTagSchema,
  authentic: z.boolean().default(true),
});
export type SessionLanguage = z.infer<typeof sessionLanguageSchema>;

/** The most languages a session keeps versions in (the six UN languages with room to spare). */
export const MAX_SESSION_LANGUAGES = 12;

/** A session's languages: the first is the language of negotiation, the others are its versions. */
export const sessionLanguagesSchema = z
  .array(sessionLanguageSchema)
  .min(1, 'at least one language is needed')
  .max(MAX_SESSION_LANGUAGES, `at most ${MAX_SESSION_LANGUAGES} languages`)
  .refine((languages) => new Set(languages.map((language) => language.tag)).size === languages.length, {
    message: 'languages must be distinct',
  });

export const DEFAULT_SESSION_LANGUAGES: readonly SessionLanguage[] = [{ tag: 'en', authentic: true }];

/** The language the text is negotiated in: the first of the session's languages. */
export function languageOfNegotiation(languages: readonly SessionLanguage[]): string {
  return languages[0]?.tag ?? 'en';
}
