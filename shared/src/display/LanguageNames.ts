/**
 * A language's name in English words ("Russian", "Chinese (Traditional, Taiwan)"), for the record and
 * refusals; the tag itself when this runtime has no name for it.
 */
export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
