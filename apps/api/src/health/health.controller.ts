import { Controller, Get } from '@nestjs/common';
import type { HealthResponse, LivenessResponse } from '@conduit/contracts';
import { HealthService } from './health.service.js';

@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  /** Readiness: 200 when this instance can serve requests; 503 in the error shape naming why not. */
  @Get()
  async ready(): Promise<HealthResponse> {
    await this.health.assertReady();
    return { status: 'ok', db: 'ok' };
  }

  /**
   * Liveness: answers without asking the database, because restarting the process would not bring
   * a lost database back (the pool reconnects by itself).
   */
  @Get('live')
  live(): LivenessResponse {
    return { status: 'ok' };
  }
}
