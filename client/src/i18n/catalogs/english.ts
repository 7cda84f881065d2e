import { closingEn } from './closing/en.ts';
import { consoleEn } from './console/en.ts';
import { en } from './en.ts';
import { noticesEn } from './notices/en.ts';
import { revisionsEn } from './revisions/en.ts';
import { roomEn } from './room/en.ts';
import { rulesEn } from './rules/en.ts';
import { setupEn } from './setup/en.ts';
import { versionsEn } from './versions/en.ts';

/**
 * The English messages of every area: the landing, join and top bar (`en.ts`), the moderation console
 * and side panels (`console/`), the draft and its dialogs (`room/`), the revisions view and the
 * downloads (`revisions/`), the language versions (`versions/`), the rules' refusals (`rules/`), the
 * languages of a session (`setup/`), the notices (`notices/`). One file per area and language, so the areas grow independently.
 * English is the reference and the only language in the page's main bundle (`loadCatalog.ts`).
 */
export const english = {
  ...en,
  ...consoleEn,
  ...roomEn,
  ...revisionsEn,
  ...versionsEn,
  ...rulesEn,
  ...setupEn,
  ...noticesEn,
  ...closingEn,
} as const;

export type MessageKey = keyof typeof english;
/** A language's messages: every key English has, no more. */
export type Catalog = Readonly<Record<MessageKey, string>>;
