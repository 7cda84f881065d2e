/** English messages of the room area (see ../en.ts for how keys are named); the reference for this area. */
export const roomEn = {} as const;

/** This area's messages in another language: every key English has, no more. */
export type RoomCatalog = Readonly<Record<keyof typeof roomEn, string>>;
