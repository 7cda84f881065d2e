import type { ConsoleCatalog } from './en.ts';

export const consoleZh: ConsoleCatalog = {} as ConsoleCatalog;
