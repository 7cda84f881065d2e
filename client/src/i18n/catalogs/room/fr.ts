import type { RoomCatalog } from './en.ts';

export const roomFr: RoomCatalog = {};
