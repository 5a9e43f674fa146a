import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

@Entity({ name: 'tags' })
@Unique('tags_name_key', ['name'])
export class TagEntity {
  @PrimaryGeneratedColumn('identity', {
    type: 'integer',
    generatedIdentity: 'BY DEFAULT',
    primaryKeyConstraintName: 'tags_pkey',
  })
  id!: number;

  // Kept exactly as sent: `d_42` stays `d_42`.
  @Column({ type: 'varchar', length: 64 })
  name!: string;
}
