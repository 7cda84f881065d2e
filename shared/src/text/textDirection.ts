/** Scripts written right to left (ISO 15924): Arabic, Hebrew, Syriac, Thaana, N'Ko, Adlam, Hanifi Rohingya, Mandaic, Samaritan, Mende Kikakui, Old South Arabian. */
const RIGHT_TO_LEFT_SCRIPTS = new Set([
  'Arab',
  'Hebr',
  'Syrc',
  'Thaa',
  'Nkoo',
  'Adlm',
  'Rohg',
  'Mand',
  'Samr',
  'Mend',
  'Sarb',
]);

export type TextDirection = 'ltr' | 'rtl';

/**
 * The direction a language's text runs in: from its script, as CLDR's likely subtags give it
 * (`ar` → Arab, `ur` → Arab, `he` → Hebr, `az-Arab` → Arab, `ru` → Cyrl). Deterministic, unlike
 * `Intl.Locale#getTextInfo`, which Node and browsers do not all offer yet; an unknown tag reads
 * left to right.
 */
export function textDirection(tag: string): TextDirection {
  try {
    const script = new Intl.Locale(tag).maximize().script;
    return script !== undefined && RIGHT_TO_LEFT_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}
