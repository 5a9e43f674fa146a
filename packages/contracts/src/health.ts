import { z } from 'zod';

/** `GET /api/health`: 200 with everything ok, 503 naming the part that failed. */
export const HealthResponse = z.object({
  status: z.enum(['ok', 'unavailable']),
  db: z.enum(['ok', 'down']),
});
export type HealthResponse = z.infer<typeof HealthResponse>;
