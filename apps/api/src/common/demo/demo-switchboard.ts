import { Global, Injectable, Module } from '@nestjs/common';
import type { DemoSwitches } from '@conduit/contracts';

/**
 * The switches an instructor flips in class through the dev panel (`PUT /api/_dev/demo`). All off
 * at start, and in production nothing can turn one on: the route that does is not registered.
 */
@Injectable()
export class DemoSwitchboard implements DemoSwitches {
  /** The article lists read each article's tags with one query per article: a deliberate N+1. */
  nPlusOneArticleList = false;
}

/** Global: the feature that a switch bends injects it where the bend is. */
@Global()
@Module({ providers: [DemoSwitchboard], exports: [DemoSwitchboard] })
export class DemoSwitchboardModule {}
