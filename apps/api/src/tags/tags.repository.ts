import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TagEntity } from './tag.entity.js';

@Injectable()
export class TagsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Tags that some article still uses, sorted. A tag whose last article is deleted simply stops
   * being listed: deleting it instead would race an article being tagged with it at that moment.
   */
  async findInUse(): Promise<string[]> {
    const rows = await this.dataSource
      .getRepository(TagEntity)
      .createQueryBuilder('t')
      .select('t.name', 'name')
      .where('EXISTS (SELECT 1 FROM article_tags at WHERE at.tag_id = t.id)')
      .orderBy('t.name COLLATE "C"', 'ASC')
      .getRawMany<{ name: string }>();
    return rows.map((row) => row.name);
  }
}
