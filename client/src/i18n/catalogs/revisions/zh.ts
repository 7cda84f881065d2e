import type { RevisionsCatalog } from './en.ts';

export const revisionsZh: RevisionsCatalog = {};
