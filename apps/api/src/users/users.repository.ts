import { Injectable } from '@nestjs/common';
import { DataSource, type Repository } from 'typeorm';
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
  users_email_lower_key: 'email',
};

@Injectable()
export class UsersRepository {
  private readonly users: Repository<UserEntity>;

  constructor(dataSource: DataSource) {
    this.users = dataSource.getRepository(UserEntity);
  }

  findById(id: number): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
  }

  /** Emails compare case-insensitively, through the `lower(email)` unique index. */
  findByEmailWithPasswordHash(email: string): Promise<UserEntity | null> {
    return this.users
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('lower(user.email) = lower(:email)', { email })
      .getOne();
  }

  /** Which of these are held by someone other than `exceptId`, case-insensitively. */
  async takenFields(
    candidate: { username?: string; email?: string },
    exceptId?: number,
  ): Promise<Array<'username' | 'email'>> {
    const rows = await this.users
      .createQueryBuilder('user')
      .select(['user.username', 'user.email'])
      .where('(lower(user.username) = lower(:username) OR lower(user.email) = lower(:email))', {
        username: candidate.username ?? null,
        email: candidate.email ?? null,
      })
      .andWhere(exceptId === undefined ? 'TRUE' : 'user.id <> :exceptId', { exceptId })
      .getMany();
    const taken = new Set<'username' | 'email'>();
    for (const row of rows) {
      if (candidate.username && row.username.toLowerCase() === candidate.username.toLowerCase())
        taken.add('username');
      if (candidate.email && row.email.toLowerCase() === candidate.email.toLowerCase())
        taken.add('email');
    }
    return [...taken];
  }

  async create(user: NewUser): Promise<UserEntity> {
    return this.rethrowingTaken(() => this.users.save(this.users.create(user)));
  }

  async update(id: number, changes: UserUpdate): Promise<void> {
    await this.rethrowingTaken(() => this.users.update({ id }, changes));
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
