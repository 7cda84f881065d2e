import type { RoomCatalog } from './en.ts';

export const roomAr: RoomCatalog = {};
