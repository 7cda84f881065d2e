import type { VersionsCatalog } from './en.ts';

export const versionsZh: VersionsCatalog = {};
