import { z } from 'zod';

export const roleSchema = z.enum(['mediator', 'delegate', 'observer']);
/** mediator: holds the pen and moderates; delegate: speaks for one party; observer: reads only. */
export type Role = z.infer<typeof roleSchema>;
