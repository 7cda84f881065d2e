import { z } from 'zod';

/** Whether a store answered a cheap query within the probe's timeout, and how long it took (ms). */
export const storeReachabilitySchema = z.object({
  reachable: z.boolean(),
  ms: z.number().nonnegative(),
});
export type StoreReachability = z.infer<typeof storeReachabilitySchema>;

/**
 * `GET /healthz`: always 200 with `status: 'ok'` while the process serves (DESIGN.md); what it owns
 * and whether its stores answer are reported beside it, for operators, not for the load balancer's
 * verdict (a shared database's blip must not take every server out of rotation at once).
 */
export const healthAnswerSchema = z.object({
  status: z.literal('ok'),
  /** This server's id (PARLEY_SERVER_ID in a cluster). */
  server: z.string(),
  /** The sessions whose documents this server serves itself (in a cluster: holds the lease of). */
  owns: z.array(z.string()),
  storage: storeReachabilitySchema,
  /** Null when the server runs without Redis. */
  redis: storeReachabilitySchema.nullable(),
});
export type HealthAnswer = z.infer<typeof healthAnswerSchema>;
