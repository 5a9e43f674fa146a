import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

@Entity({ name: 'users' })
// Unique case-insensitively: an index on lower(username), which TypeORM cannot declare. The
// migration creates it; `synchronize: false` names it here so that `pnpm db:generate` leaves it
// alone. Emails are unique through `canonicalEmail` below.
@Index('users_username_lower_key', { synchronize: false })
export class UserEntity {
  @PrimaryGeneratedColumn('identity', {
    type: 'integer',
    generatedIdentity: 'BY DEFAULT',
    primaryKeyConstraintName: 'users_pkey',
  })
  id!: number;

  // Serves exact-match lookups such as `?author=`.
  @Index('users_username_idx')
  @Column({ type: 'varchar', length: 64 })
  username!: string;

  /** As the user wrote it, and as the API shows it. */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  /**
   * The email as identities compare it (`canonicalEmail` of the contracts): unique, and what
   * sign-in looks up. Null only for an account that held a look-alike of an older account's email
   * before the rule came (migration 1796288536567).
   */
  @Index('users_canonical_email_key', { unique: true })
  @Column({ name: 'canonical_email', type: 'varchar', length: 254, nullable: true })
  canonicalEmail!: string | null;

  @Column({ name: 'password_hash', type: 'text', select: false })
  passwordHash!: string;

  @Column({ type: 'text', nullable: true })
  bio!: string | null;

  @Column({ type: 'text', nullable: true })
  image!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
