/**
 * The languages the session editor offers by name: the six official languages of the United Nations
 * first (the usual languages of an agreement concluded there), then common languages of treaties and
 * talks. Any other BCP 47 tag can be typed ("Other…"); the server validates every tag anyway.
 */
export const UN_LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;

export const COMMON_LANGUAGES = [
  'am',
  'bn',
  'cs',
  'de',
  'el',
  'fa',
  'he',
  'hi',
  'hu',
  'id',
  'it',
  'ja',
  'ka',
  'ko',
  'ms',
  'nl',
  'pl',
  'pt',
  'ro',
  'sv',
  'sw',
  'th',
  'tr',
  'uk',
  'ur',
  'vi',
] as const;

const LISTED = new Set<string>([...UN_LANGUAGES, ...COMMON_LANGUAGES]);

/** Whether the select offers this tag by name (otherwise it is shown as "Other…" with its tag). */
export function isListedLanguage(tag: string): boolean {
  return LISTED.has(tag);
}

function nameIn(displayLocale: string, tag: string): string | null {
  try {
    return new Intl.DisplayNames([displayLocale], { type: 'language' }).of(tag) ?? null;
  } catch {
    return null;
  }
}

/**
 * A language as the select names it: in the interface's language and in itself ("German — Deutsch",
 * "Arabic — العربية"), so a reader finds their own language in any interface; once when both agree.
 */
export function languageChoiceLabel(tag: string, interfaceLocale: string): string {
  const inInterface = nameIn(interfaceLocale, tag) ?? tag;
  const inItself = nameIn(tag, tag);
  if (inItself === null || inItself.toLocaleLowerCase(tag) === inInterface.toLocaleLowerCase(interfaceLocale)) {
    return inInterface;
  }
  return `${inInterface} — ${inItself}`;
}

/** The common languages in the interface language's alphabetical order of their names. */
export function commonLanguagesInOrder(interfaceLocale: string): readonly string[] {
  const collator = new Intl.Collator(interfaceLocale);
  const named = COMMON_LANGUAGES.map((tag) => ({ tag, name: nameIn(interfaceLocale, tag) ?? tag }));
  return named.sort((a, b) => collator.compare(a.name, b.name)).map(({ tag }) => tag);
}
