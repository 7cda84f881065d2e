import type { VersionsCatalog } from './en.ts';

export const versionsEs: VersionsCatalog = {};
