import { Injectable } from '@nestjs/common';
import type { User, UserChanges } from '@conduit/contracts';
import { TokenService } from '../common/auth/token.service.js';
import type { AuthUser } from '../common/auth/auth-user.js';
import {
  AlreadyTaken,
  InvalidCredentials,
  Unauthenticated,
} from '../common/errors/domain-errors.js';
import { AppConfig } from '../config/app-config.js';
import { decoyPasswordHash, hashPassword, isOutdated, verifyPassword } from './password.js';
import type { UserEntity } from './user.entity.js';
import { toUser } from './users.mapper.js';
import { UsersRepository, type UserUpdate } from './users.repository.js';

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly tokens: TokenService,
    private readonly config: AppConfig,
  ) {}

  async register(input: { username: string; email: string; password: string }): Promise<User> {
    await this.assertAvailable(input);
    const user = await this.users.create({
      username: input.username,
      email: input.email,
      passwordHash: await hashPassword(input.password),
    });
    return toUser(user, await this.tokens.issue(user.id), this.config.publicUrl);
  }

  async login(email: string, password: string): Promise<User> {
    const user = await this.users.findByEmailWithPasswordHash(email);
    // An unknown email still costs one hash check, so timing does not tell which emails exist.
    const isValid = await verifyPassword(
      user?.passwordHash ?? (await decoyPasswordHash()),
      password,
    );
    if (!user || !isValid) throw new InvalidCredentials();
    // The password is at hand only now: the one moment an older, differently-costed hash can be
    // replaced, so that every account ends up with today's cost (and today's timing).
    if (isOutdated(user.passwordHash)) {
      await this.users.update(user.id, { passwordHash: await hashPassword(password) });
    }
    return toUser(user, await this.tokens.issue(user.id), this.config.publicUrl);
  }

  async current(caller: AuthUser): Promise<User> {
    return toUser(await this.existing(caller.id), caller.token, this.config.publicUrl);
  }

  /** `""` for bio or image clears it; the token stays valid whatever changes (it holds the id). */
  async update(caller: AuthUser, changes: UserChanges): Promise<User> {
    await this.existing(caller.id);
    await this.assertAvailable(changes, caller.id);
    const update: UserUpdate = {
      username: changes.username,
      email: changes.email,
      bio: changes.bio === undefined ? undefined : changes.bio || null,
      image: changes.image === undefined ? undefined : changes.image || null,
      passwordHash:
        changes.password === undefined ? undefined : await hashPassword(changes.password),
    };
    const defined = Object.fromEntries(
      Object.entries(update).filter(([, value]) => value !== undefined),
    );
    if (Object.keys(defined).length > 0) await this.users.update(caller.id, defined);
    return toUser(await this.existing(caller.id), caller.token, this.config.publicUrl);
  }

  /** A valid token whose user has since been deleted no longer identifies anyone. */
  private async existing(id: number): Promise<UserEntity> {
    const user = await this.users.findById(id);
    if (!user) throw new Unauthenticated('is invalid');
    return user;
  }

  private async assertAvailable(
    candidate: { username?: string; email?: string },
    exceptId?: number,
  ): Promise<void> {
    if (candidate.username === undefined && candidate.email === undefined) return;
    const [first, ...rest] = await this.users.takenFields(candidate, exceptId);
    if (first) throw new AlreadyTaken(first, ...rest);
  }
}
