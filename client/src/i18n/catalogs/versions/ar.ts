import type { VersionsCatalog } from './en.ts';

export const versionsAr: VersionsCatalog = {};
