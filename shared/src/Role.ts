import { z } from 'zod';

export const roleSchema = z.enum(['mediator', 'delegate', 'observer', 'languageServices']);
/**
 * mediator: holds the pen and moderates; delegate: speaks for one party; observer: reads only;
 * languageServices: translators and revisers, who read the plenary and will edit only the language
 * versions other than the language of negotiation (issue 15).
 */
export type Role = z.infer<typeof roleSchema>;
