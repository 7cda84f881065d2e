/** A language's name in the interface's language ("Arabic", "арабский", "阿拉伯语"); the tag when the runtime has none. */
export function languageDisplayName(tag: string, interfaceLocale: string): string {
  try {
    return new Intl.DisplayNames([interfaceLocale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
