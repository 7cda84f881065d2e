import { closingRu } from '../closing/ru.ts';
import { consoleRu } from '../console/ru.ts';
import type { Catalog } from '../english.ts';
import { noticesRu } from '../notices/ru.ts';
import { revisionsRu } from '../revisions/ru.ts';
import { roomRu } from '../room/ru.ts';
import { ru } from '../ru.ts';
import { rulesRu } from '../rules/ru.ts';
import { setupRu } from '../setup/ru.ts';
import { versionsRu } from '../versions/ru.ts';

/** Every area's messages in this language, as one catalog (loaded when the page turns to it). */
export const catalog: Catalog = {
  ...ru,
  ...consoleRu,
  ...roomRu,
  ...revisionsRu,
  ...versionsRu,
  ...rulesRu,
  ...setupRu,
  ...noticesRu,
  ...closingRu,
};
