/** English messages of the console area (see ../en.ts for how keys are named); the reference for this area. */
export const consoleEn = {} as const;

/** This area's messages in another language: every key English has, no more. */
export type ConsoleCatalog = Readonly<Record<keyof typeof consoleEn, string>>;
