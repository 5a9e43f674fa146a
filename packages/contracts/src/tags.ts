import { z } from 'zod';
import { requiredText } from './fields.js';

export const TAG_MAX = 64;
export const TAGS_PER_ARTICLE_MAX = 50;

/** A tag is trimmed, and otherwise kept as sent: no slugifying, no case folding. */
export const Tag = requiredText(TAG_MAX).trim();

export const TagList = z
  .array(Tag, { error: 'must be an array of strings' })
  .max(TAGS_PER_ARTICLE_MAX, `may hold at most ${TAGS_PER_ARTICLE_MAX} tags`);

export const TagsResponse = z.object({ tags: z.array(z.string()) });
export type TagsResponse = z.infer<typeof TagsResponse>;
