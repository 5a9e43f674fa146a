import { z } from 'zod';

/**
 * `GET /api/health`, the readiness probe: 200 when this instance can serve requests (its database
 * answers and has every migration of this code); otherwise 503 in the error shape, naming the part
 * that is not ready (`database`, or `migrations` with the pending ones).
 */
export const HealthResponse = z.object({
  status: z.literal('ok'),
  db: z.literal('ok'),
});
export type HealthResponse = z.infer<typeof HealthResponse>;

/** `GET /api/health/live`, the liveness probe: 200 as long as the process answers HTTP at all. */
export const LivenessResponse = z.object({ status: z.literal('ok') });
export type LivenessResponse = z.infer<typeof LivenessResponse>;
