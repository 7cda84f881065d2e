import type { RevisionsCatalog } from './en.ts';

export const revisionsEs: RevisionsCatalog = {};
