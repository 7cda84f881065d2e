import type { RoomCatalog } from './en.ts';

export const roomEs: RoomCatalog = {};
