import { Injectable } from '@nestjs/common';
import type { Profile } from '@conduit/contracts';
import { NotFound, ValidationFailed } from '../common/errors/domain-errors.js';
import { AppConfig } from '../config/app-config.js';
import { toProfile } from './profiles.mapper.js';
import { type ProfileRow, ProfilesRepository } from './profiles.repository.js';

@Injectable()
export class ProfilesService {
  constructor(
    private readonly profiles: ProfilesRepository,
    private readonly config: AppConfig,
  ) {}

  async get(username: string, viewerId: number | undefined): Promise<Profile> {
    return toProfile(await this.existing(username, viewerId), this.config.publicUrl);
  }

  /** Idempotent: following someone already followed is fine. */
  async follow(viewerId: number, username: string): Promise<Profile> {
    const profile = await this.existing(username, viewerId);
    if (profile.id === viewerId)
      throw new ValidationFailed({ username: ['is you: you cannot follow yourself'] });
    await this.profiles.follow(viewerId, profile.id);
    return toProfile({ ...profile, following: true }, this.config.publicUrl);
  }

  /** Idempotent: unfollowing someone not followed is fine. */
  async unfollow(viewerId: number, username: string): Promise<Profile> {
    const profile = await this.existing(username, viewerId);
    await this.profiles.unfollow(viewerId, profile.id);
    return toProfile({ ...profile, following: false }, this.config.publicUrl);
  }

  private async existing(username: string, viewerId: number | undefined): Promise<ProfileRow> {
    const profile = await this.profiles.findByUsername(username, viewerId);
    if (!profile) throw new NotFound('profile');
    return profile;
  }
}
