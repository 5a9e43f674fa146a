import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { PreparedQuery } from '../common/database/prepared-query.js';
import { ArticleTagEntity } from '../articles/article-tag.entity.js';
import { TagEntity } from './tag.entity.js';

@Injectable()
export class TagsRepository {
  /**
   * Tags that some article still uses, sorted. A tag whose last article is deleted simply stops
   * being listed: deleting it instead would race an article being tagged with it at that moment.
   */
  private readonly inUse: PreparedQuery<never, Pick<TagEntity, 'name'>>;

  constructor(@InjectRepository(TagEntity) tags: Repository<TagEntity>) {
    this.inUse = new PreparedQuery(
      'tags_in_use',
      tags
        .createQueryBuilder('tag')
        .select('tag.name', 'name')
        .where((query) => {
          const uses = query
            .subQuery()
            .select('1')
            .from(ArticleTagEntity, 'articleTag')
            .where('articleTag.tagId = tag.id');
          return `EXISTS ${uses.getQuery()}`;
        })
        .orderBy('tag.name COLLATE "C"'),
      [],
    );
  }

  async findInUse(): Promise<string[]> {
    const rows = await this.inUse.many({});
    return rows.map((row) => row.name);
  }
}
