import type { ConsoleCatalog } from './en.ts';

export const consoleFr: ConsoleCatalog = {} as ConsoleCatalog;
