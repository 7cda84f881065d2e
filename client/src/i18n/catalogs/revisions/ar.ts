import type { RevisionsCatalog } from './en.ts';

export const revisionsAr: RevisionsCatalog = {};
