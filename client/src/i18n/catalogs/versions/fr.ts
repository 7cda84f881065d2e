import type { VersionsCatalog } from './en.ts';

export const versionsFr: VersionsCatalog = {};
