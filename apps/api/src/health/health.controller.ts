import { Controller, Get, Res } from '@nestjs/common';
import type { HealthResponse } from '@conduit/contracts';
import type { FastifyReply } from 'fastify';
import { HealthService } from './health.service.js';

@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  /** 200 when the API and its database answer; 503 naming the part that does not. */
  @Get()
  async check(@Res({ passthrough: true }) response: FastifyReply): Promise<HealthResponse> {
    const isDatabaseUp = await this.health.isDatabaseUp();
    if (!isDatabaseUp) response.status(503);
    return isDatabaseUp ? { status: 'ok', db: 'ok' } : { status: 'unavailable', db: 'down' };
  }
}
