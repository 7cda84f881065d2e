import type { ConsoleCatalog } from './en.ts';

export const consoleEs: ConsoleCatalog = {} as ConsoleCatalog;
