/** English messages of the revisions area (see ../en.ts for how keys are named); the reference for this area. */
export const revisionsEn = {} as const;

/** This area's messages in another language: every key English has, no more. */
export type RevisionsCatalog = Readonly<Record<keyof typeof revisionsEn, string>>;
