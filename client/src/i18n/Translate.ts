import type { MessageKey } from './catalogs/english.ts';

/** A message by key in the chosen language (`useMessages().text`), for helpers outside components. */
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;
