/**
 * A session language's name in the interface's language ("Russian", "russe", "俄语", "الروسية"), as
 * the language choices of the downloads and the compare show it; the tag when `Intl` has no name.
 */
export function languageLabel(tag: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
