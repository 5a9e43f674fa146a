import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'tags' })
export class TagEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  // Unique (`tags_name_key`), and kept exactly as sent: `d_42` stays `d_42`.
  @Column({ type: 'varchar', length: 64, unique: true })
  name!: string;
}
