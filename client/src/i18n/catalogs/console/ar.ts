import type { ConsoleCatalog } from './en.ts';

export const consoleAr: ConsoleCatalog = {} as ConsoleCatalog;
