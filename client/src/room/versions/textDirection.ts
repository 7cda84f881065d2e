/**
 * Languages written right to left, for runtimes without `Intl.Locale#getTextInfo` (Firefox today):
 * Arabic, Persian, Hebrew, Urdu, Pashto, Sindhi, Yiddish, Dhivehi, Uyghur, Central Kurdish, Syriac.
 */
const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'iw', 'ur', 'ps', 'sd', 'yi', 'dv', 'ug', 'ckb', 'syr']);
const RIGHT_TO_LEFT_SCRIPTS = new Set(['Arab', 'Hebr', 'Syrc', 'Thaa', 'Nkoo', 'Adlm', 'Rohg']);

type LocaleWithTextInfo = Intl.Locale & { getTextInfo?: () => { direction?: string } };

/** Whether text in a language (a BCP 47 tag) is written left to right or right to left. */
export function textDirection(tag: string): 'ltr' | 'rtl' {
  let locale: LocaleWithTextInfo;
  try {
    locale = new Intl.Locale(tag);
  } catch {
    return 'ltr';
  }
  const direction = locale.getTextInfo?.().direction;
  if (direction === 'rtl' || direction === 'ltr') return direction;
  if (locale.script !== undefined) return RIGHT_TO_LEFT_SCRIPTS.has(locale.script) ? 'rtl' : 'ltr';
  return RIGHT_TO_LEFT.has(locale.language) ? 'rtl' : 'ltr';
}
