import type { RoomCatalog } from './en.ts';

export const roomZh: RoomCatalog = {};
