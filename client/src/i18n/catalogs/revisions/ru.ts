import type { RevisionsCatalog } from './en.ts';

export const revisionsRu: RevisionsCatalog = {};
