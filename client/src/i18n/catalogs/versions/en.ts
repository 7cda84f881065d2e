/** English messages of the versions area (see ../en.ts for how keys are named); the reference for this area. */
export const versionsEn = {} as const;

/** This area's messages in another language: every key English has, no more. */
export type VersionsCatalog = Readonly<Record<keyof typeof versionsEn, string>>;
