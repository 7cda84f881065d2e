import { closingZh } from '../closing/zh.ts';
import { consoleZh } from '../console/zh.ts';
import type { Catalog } from '../english.ts';
import { noticesZh } from '../notices/zh.ts';
import { revisionsZh } from '../revisions/zh.ts';
import { roomZh } from '../room/zh.ts';
import { rulesZh } from '../rules/zh.ts';
import { setupZh } from '../setup/zh.ts';
import { versionsZh } from '../versions/zh.ts';
import { zh } from '../zh.ts';

/** Every area's messages in this language, as one catalog (loaded when the page turns to it). */
export const catalog: Catalog = {
  ...zh,
  ...consoleZh,
  ...roomZh,
  ...revisionsZh,
  ...versionsZh,
  ...rulesZh,
  ...setupZh,
  ...noticesZh,
  ...closingZh,
};
