import { ar } from '../ar.ts';
import { closingAr } from '../closing/ar.ts';
import { consoleAr } from '../console/ar.ts';
import type { Catalog } from '../english.ts';
import { noticesAr } from '../notices/ar.ts';
import { revisionsAr } from '../revisions/ar.ts';
import { roomAr } from '../room/ar.ts';
import { rulesAr } from '../rules/ar.ts';
import { setupAr } from '../setup/ar.ts';
import { versionsAr } from '../versions/ar.ts';

/** Every area's messages in this language, as one catalog (loaded when the page turns to it). */
export const catalog: Catalog = {
  ...ar,
  ...consoleAr,
  ...roomAr,
  ...revisionsAr,
  ...versionsAr,
  ...rulesAr,
  ...setupAr,
  ...noticesAr,
  ...closingAr,
};
