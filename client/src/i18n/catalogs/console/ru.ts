import type { ConsoleCatalog } from './en.ts';

export const consoleRu: ConsoleCatalog = {} as ConsoleCatalog;
