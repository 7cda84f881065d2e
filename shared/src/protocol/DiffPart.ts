import { z } from 'zod';

/** One run of a word diff: words kept, or marked `added` / `removed` (jsdiff's shape). */
export const diffPartSchema = z.object({
  value: z.string(),
  added: z.boolean().optional(),
  removed: z.boolean().optional(),
});
export type DiffPart = z.infer<typeof diffPartSchema>;
