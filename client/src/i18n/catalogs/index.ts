import type { Locale } from '../locales.ts';
import { ar } from './ar.ts';
import { consoleAr } from './console/ar.ts';
import { consoleEn } from './console/en.ts';
import { consoleEs } from './console/es.ts';
import { consoleFr } from './console/fr.ts';
import { consoleRu } from './console/ru.ts';
import { consoleZh } from './console/zh.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { noticesAr } from './notices/ar.ts';
import { noticesEn } from './notices/en.ts';
import { noticesEs } from './notices/es.ts';
import { noticesFr } from './notices/fr.ts';
import { noticesRu } from './notices/ru.ts';
import { noticesZh } from './notices/zh.ts';
import { revisionsAr } from './revisions/ar.ts';
import { revisionsEn } from './revisions/en.ts';
import { revisionsEs } from './revisions/es.ts';
import { revisionsFr } from './revisions/fr.ts';
import { revisionsRu } from './revisions/ru.ts';
import { revisionsZh } from './revisions/zh.ts';
import { roomAr } from './room/ar.ts';
import { roomEn } from './room/en.ts';
import { roomEs } from './room/es.ts';
import { roomFr } from './room/fr.ts';
import { roomRu } from './room/ru.ts';
import { roomZh } from './room/zh.ts';
import { ru } from './ru.ts';
import { rulesAr } from './rules/ar.ts';
import { rulesEn } from './rules/en.ts';
import { rulesEs } from './rules/es.ts';
import { rulesFr } from './rules/fr.ts';
import { rulesRu } from './rules/ru.ts';
import { rulesZh } from './rules/zh.ts';
import { versionsAr } from './versions/ar.ts';
import { versionsEn } from './versions/en.ts';
import { versionsEs } from './versions/es.ts';
import { versionsFr } from './versions/fr.ts';
import { versionsRu } from './versions/ru.ts';
import { versionsZh } from './versions/zh.ts';
import { zh } from './zh.ts';

/**
 * The English messages of every area: the landing, join and top bar (`en.ts`), the moderation console
 * and side panels (`console/`), the draft and its dialogs (`room/`), the revisions view and the downloads (`revisions/`), the language
 * versions (`versions/`), the rules' refusals (`rules/`), the notices (`notices/`). One file per area and language, so the areas can grow independently.
 */
const english = { ...en, ...consoleEn, ...roomEn, ...revisionsEn, ...versionsEn, ...rulesEn, ...noticesEn } as const;

export type MessageKey = keyof typeof english;
/** A language's messages: every key English has, no more. */
export type Catalog = Readonly<Record<MessageKey, string>>;

/** Every language's messages (ICU MessageFormat), all bundled (per-language loading can come when they grow). */
export const CATALOGS: Readonly<Record<Locale, Catalog>> = {
  ar: { ...ar, ...consoleAr, ...roomAr, ...revisionsAr, ...versionsAr, ...rulesAr, ...noticesAr },
  en: english,
  es: { ...es, ...consoleEs, ...roomEs, ...revisionsEs, ...versionsEs, ...rulesEs, ...noticesEs },
  fr: { ...fr, ...consoleFr, ...roomFr, ...revisionsFr, ...versionsFr, ...rulesFr, ...noticesFr },
  ru: { ...ru, ...consoleRu, ...roomRu, ...revisionsRu, ...versionsRu, ...rulesRu, ...noticesRu },
  zh: { ...zh, ...consoleZh, ...roomZh, ...revisionsZh, ...versionsZh, ...rulesZh, ...noticesZh },
};
