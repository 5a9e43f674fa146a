import { Controller, Delete, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import type { ProfileResponse } from '@conduit/contracts';
import type { AuthUser } from '../common/auth/auth-user.js';
import { OptionalAuthGuard, RequiredAuthGuard } from '../common/auth/auth.guards.js';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { ProfilesService } from './profiles.service.js';

@Controller('profiles/:username')
export class ProfilesController {
  constructor(private readonly profiles: ProfilesService) {}

  @Get()
  @UseGuards(OptionalAuthGuard)
  async get(
    @CurrentUser() viewer: AuthUser | undefined,
    @Param('username') username: string,
  ): Promise<ProfileResponse> {
    return { profile: await this.profiles.get(username, viewer?.id) };
  }

  @Post('follow')
  @HttpCode(200)
  @UseGuards(RequiredAuthGuard)
  async follow(
    @CurrentUser() viewer: AuthUser,
    @Param('username') username: string,
  ): Promise<ProfileResponse> {
    return { profile: await this.profiles.follow(viewer.id, username) };
  }

  @Delete('follow')
  @UseGuards(RequiredAuthGuard)
  async unfollow(
    @CurrentUser() viewer: AuthUser,
    @Param('username') username: string,
  ): Promise<ProfileResponse> {
    return { profile: await this.profiles.unfollow(viewer.id, username) };
  }
}
