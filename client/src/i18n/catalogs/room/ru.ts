import type { RoomCatalog } from './en.ts';

export const roomRu: RoomCatalog = {};
