/**
 * ISO 639-2/T three-letter codes, which Akoma Ntoso's FRBRlanguage and its IRIs use ("eng", "rus"),
 * for the languages the session editor lists by name (the six UN languages and the common ones) and
 * a few more. `Intl` knows no three-letter codes, hence the table.
 */
const THREE_LETTER: Readonly<Record<string, string>> = {
  af: 'afr',
  am: 'amh',
  ar: 'ara',
  az: 'aze',
  bg: 'bul',
  bn: 'ben',
  bs: 'bos',
  ca: 'cat',
  cs: 'ces',
  da: 'dan',
  de: 'deu',
  el: 'ell',
  en: 'eng',
  es: 'spa',
  et: 'est',
  fa: 'fas',
  fi: 'fin',
  fr: 'fra',
  ha: 'hau',
  he: 'heb',
  hi: 'hin',
  hr: 'hrv',
  hu: 'hun',
  hy: 'hye',
  id: 'ind',
  it: 'ita',
  ja: 'jpn',
  ka: 'kat',
  kk: 'kaz',
  km: 'khm',
  ko: 'kor',
  lt: 'lit',
  lv: 'lav',
  mk: 'mkd',
  mn: 'mon',
  ms: 'msa',
  my: 'mya',
  nb: 'nob',
  ne: 'nep',
  nl: 'nld',
  no: 'nor',
  pl: 'pol',
  ps: 'pus',
  pt: 'por',
  ro: 'ron',
  ru: 'rus',
  si: 'sin',
  sk: 'slk',
  sl: 'slv',
  so: 'som',
  sq: 'sqi',
  sr: 'srp',
  sv: 'swe',
  sw: 'swa',
  ta: 'tam',
  te: 'tel',
  th: 'tha',
  tl: 'tgl',
  tr: 'tur',
  uk: 'ukr',
  ur: 'urd',
  uz: 'uzb',
  vi: 'vie',
  yo: 'yor',
  zh: 'zho',
  zu: 'zul',
};

/**
 * The three-letter code of a BCP 47 tag's language ("pt-BR" → "por"); a tag whose language is
 * already three letters keeps it; one the table lacks keeps its two-letter subtag (still a valid
 * RFC 4646 language, only not the three letters the naming convention prefers).
 */
export function threeLetterLanguage(tag: string): string {
  const primary = (tag.split('-')[0] ?? tag).toLowerCase();
  return THREE_LETTER[primary] ?? primary;
}
