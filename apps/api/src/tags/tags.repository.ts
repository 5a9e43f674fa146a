import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Injectable()
export class TagsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Tags that some article still uses, sorted. A tag whose last article is deleted simply stops
   * being listed: deleting it instead would race an article being tagged with it at that moment.
   */
  async findInUse(): Promise<string[]> {
    const rows = await this.dataSource.query<{ name: string }[]>(
      `SELECT t.name FROM tags t
       WHERE EXISTS (SELECT 1 FROM article_tags at WHERE at.tag_id = t.id)
       ORDER BY t.name COLLATE "C"`,
    );
    return rows.map((row) => row.name);
  }
}
