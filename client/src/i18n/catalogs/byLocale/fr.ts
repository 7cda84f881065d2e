import { closingFr } from '../closing/fr.ts';
import { consoleFr } from '../console/fr.ts';
import type { Catalog } from '../english.ts';
import { fr } from '../fr.ts';
import { noticesFr } from '../notices/fr.ts';
import { revisionsFr } from '../revisions/fr.ts';
import { roomFr } from '../room/fr.ts';
import { rulesFr } from '../rules/fr.ts';
import { setupFr } from '../setup/fr.ts';
import { versionsFr } from '../versions/fr.ts';

/** Every area's messages in this language, as one catalog (loaded when the page turns to it). */
export const catalog: Catalog = {
  ...fr,
  ...consoleFr,
  ...roomFr,
  ...revisionsFr,
  ...versionsFr,
  ...rulesFr,
  ...setupFr,
  ...noticesFr,
  ...closingFr,
};
