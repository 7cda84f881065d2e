import { closingEs } from '../closing/es.ts';
import { consoleEs } from '../console/es.ts';
import type { Catalog } from '../english.ts';
import { es } from '../es.ts';
import { noticesEs } from '../notices/es.ts';
import { revisionsEs } from '../revisions/es.ts';
import { roomEs } from '../room/es.ts';
import { rulesEs } from '../rules/es.ts';
import { setupEs } from '../setup/es.ts';
import { versionsEs } from '../versions/es.ts';

/** Every area's messages in this language, as one catalog (loaded when the page turns to it). */
export const catalog: Catalog = {
  ...es,
  ...consoleEs,
  ...roomEs,
  ...revisionsEs,
  ...versionsEs,
  ...rulesEs,
  ...setupEs,
  ...noticesEs,
  ...closingEs,
};
