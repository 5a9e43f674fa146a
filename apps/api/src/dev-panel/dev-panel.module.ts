import { Module } from '@nestjs/common';
import { RecentRequests } from '../common/request-context/recent-requests.js';
import { DevPanelController } from './dev-panel.controller.js';
import { DevPanelRepository } from './dev-panel.repository.js';
import { DevPanelService } from './dev-panel.service.js';
import { LoopbackOnlyGuard } from './loopback-only.guard.js';

/**
 * The dev panel's API: a request's statements, the plan of one, the demo switches. Development
 * and tests only: `AppModule` leaves it out in production, where its routes are unknown (404) and
 * no request's statements are kept. `createApp` hands `RecentRequests` to the query counter,
 * which fills it.
 */
@Module({
  controllers: [DevPanelController],
  providers: [
    // One per application, not per process: each test's app keeps its own requests.
    { provide: RecentRequests, useFactory: () => new RecentRequests() },
    DevPanelService,
    DevPanelRepository,
    LoopbackOnlyGuard,
  ],
})
export class DevPanelModule {}
