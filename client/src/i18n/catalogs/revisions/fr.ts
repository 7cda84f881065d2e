import type { RevisionsCatalog } from './en.ts';

export const revisionsFr: RevisionsCatalog = {};
