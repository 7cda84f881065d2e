/** The two parts of an agreement's text, as the export heads them. */
export type AgreementPart = 'preamble' | 'operative';

/**
 * The parts' headings in the six official languages of the United Nations, as their treaties and
 * resolutions head them; another language reads English (the export's own words are English).
 */
const ENGLISH: Readonly<Record<AgreementPart, string>> = { preamble: 'Preamble', operative: 'Operative part' };

const PART_HEADINGS: Readonly<Record<string, Readonly<Record<AgreementPart, string>>>> = {
  en: ENGLISH,
  fr: { preamble: 'Préambule', operative: 'Dispositif' },
  es: { preamble: 'Preámbulo', operative: 'Parte dispositiva' },
  ru: { preamble: 'Преамбула', operative: 'Постановляющая часть' },
  zh: { preamble: '序言', operative: '执行部分' },
  ar: { preamble: 'الديباجة', operative: 'المنطوق' },
};

/** A part's heading in a language (a BCP 47 tag: `ru`, `zh-Hant`, `ar-EG` read by their language). */
export function partHeading(part: AgreementPart, tag: string): string {
  let language = 'en';
  try {
    language = new Intl.Locale(tag).language;
  } catch {
    // not a tag: English
  }
  return (PART_HEADINGS[language] ?? ENGLISH)[part];
}

/** A part's heading over two texts side by side: "Preamble / Преамбула" (once when both read the same). */
export function parallelPartHeading(part: AgreementPart, left: string, right: string): string {
  const first = partHeading(part, left);
  const second = partHeading(part, right);
  return first === second ? first : `${first} / ${second}`;
}
