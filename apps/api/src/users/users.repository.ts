import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { canonicalEmail } from '@conduit/contracts';
import type { Repository } from 'typeorm';
import { AlreadyTaken } from '../common/errors/domain-errors.js';
import { violatedConstraint } from '../common/database/constraint-violation.js';
import { UserEntity } from './user.entity.js';

export interface NewUser {
  username: string;
  email: string;
  passwordHash: string;
}

export type UserUpdate = Partial<
  Pick<UserEntity, 'username' | 'email' | 'passwordHash' | 'bio' | 'image'>
>;

/** The unique indexes of `users` and the field each protects. */
const FIELD_OF_CONSTRAINT: Record<string, 'username' | 'email'> = {
  users_username_lower_key: 'username',
  users_canonical_email_key: 'email',
};

@Injectable()
export class UsersRepository {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  findById(id: number): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
  }

  /** Emails compare in their canonical form (NFKC, case-folded), through its unique index. */
  findByEmailWithPasswordHash(email: string): Promise<UserEntity | null> {
    return this.users
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('user.canonicalEmail = :canonical', { canonical: canonicalEmail(email) })
      .getOne();
  }

  /** Which of these are held by someone other than `exceptId`, as the unique indexes compare them. */
  async takenFields(
    candidate: { username?: string; email?: string },
    exceptId?: number,
  ): Promise<Array<'username' | 'email'>> {
    const canonical = candidate.email === undefined ? null : canonicalEmail(candidate.email);
    const rows = await this.users
      .createQueryBuilder('user')
      .select(['user.username', 'user.canonicalEmail'])
      .where('(lower(user.username) = lower(:username) OR user.canonicalEmail = :canonical)', {
        username: candidate.username ?? null,
        canonical,
      })
      .andWhere(exceptId === undefined ? 'TRUE' : 'user.id <> :exceptId', { exceptId })
      .getMany();
    const taken = new Set<'username' | 'email'>();
    for (const row of rows) {
      if (candidate.username && row.username.toLowerCase() === candidate.username.toLowerCase())
        taken.add('username');
      if (canonical !== null && row.canonicalEmail === canonical) taken.add('email');
    }
    return [...taken];
  }

  async create(user: NewUser): Promise<UserEntity> {
    const row = this.users.create({ ...user, canonicalEmail: canonicalEmail(user.email) });
    return this.rethrowingTaken(() => this.users.save(row));
  }

  async update(id: number, changes: UserUpdate): Promise<void> {
    const row =
      changes.email === undefined
        ? changes
        : { ...changes, canonicalEmail: canonicalEmail(changes.email) };
    await this.rethrowingTaken(() => this.users.update({ id }, row));
  }

  /** A concurrent request may take the name between our check and our write: the index decides. */
  private async rethrowingTaken<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      const field = FIELD_OF_CONSTRAINT[violatedConstraint(error, 'unique') ?? ''];
      if (field) throw new AlreadyTaken(field);
      throw error;
    }
  }
}
