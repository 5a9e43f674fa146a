import { Body, Controller, Get, HttpCode, Param, Post, Put, UseGuards } from '@nestjs/common';
import {
  DEV_PANEL_PATHS,
  DemoSwitchesRequest,
  type DemoSwitchesResponse,
  type ExplainResponse,
  type LoggedRequestResponse,
} from '@conduit/contracts';
import type { z } from 'zod';
import { ContractPipe } from '../common/pipes/contract.pipe.js';
import { DevPanelService } from './dev-panel.service.js';
import { LoopbackOnlyGuard } from './loopback-only.guard.js';

/**
 * The dev panel's routes (packages/contracts/src/dev-panel.ts), development only: `AppModule`
 * registers them only when NODE_ENV is not production, and they answer loopback callers only.
 */
@Controller()
@UseGuards(LoopbackOnlyGuard)
export class DevPanelController {
  constructor(private readonly devPanel: DevPanelService) {}

  @Get(DEV_PANEL_PATHS.request)
  request(@Param('requestId') requestId: string): LoggedRequestResponse {
    return { request: this.devPanel.request(requestId) };
  }

  /** 200 rather than Nest's 201 for a POST: nothing is created, a plan is read. */
  @Post(DEV_PANEL_PATHS.explain)
  @HttpCode(200)
  async explain(
    @Param('requestId') requestId: string,
    @Param('index') index: string,
  ): Promise<ExplainResponse> {
    return { plan: await this.devPanel.explain(requestId, index) };
  }

  @Get(DEV_PANEL_PATHS.demo)
  demo(): DemoSwitchesResponse {
    return { demo: this.devPanel.demoSwitches() };
  }

  @Put(DEV_PANEL_PATHS.demo)
  flipDemo(
    @Body(new ContractPipe(DemoSwitchesRequest)) body: z.output<typeof DemoSwitchesRequest>,
  ): DemoSwitchesResponse {
    return { demo: this.devPanel.flipDemoSwitches(body.demo) };
  }
}
