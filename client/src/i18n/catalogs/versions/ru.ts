import type { VersionsCatalog } from './en.ts';

export const versionsRu: VersionsCatalog = {};
