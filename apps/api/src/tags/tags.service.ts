import { Injectable } from '@nestjs/common';
import { TagsRepository } from './tags.repository.js';

@Injectable()
export class TagsService {
  constructor(private readonly tags: TagsRepository) {}

  /** Every tag in use, sorted the way JavaScript's default sort orders strings. */
  list(): Promise<string[]> {
    return this.tags.findInUse();
  }
}
