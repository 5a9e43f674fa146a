import { isNotBlank } from './fields.js';
import { Tag } from './tags.js';

describe('blank text', () => {
  it.each([
    ['empty', ''],
    ['spaces, tabs and newlines', ' \t\r\n'],
    ['no-break and ideographic spaces', '\u00A0\u3000'],
    ['zero-width space, non-joiner and joiner', '\u200B\u200C\u200D'],
    ['a byte order mark and a word joiner', '\uFEFF\u2060'],
    ['a soft hyphen and a Hangul filler', '\u00AD\u3164'],
    ['a control character', '\u0007'],
  ])('is blank: %s', (_, text) => {
    expect(isNotBlank(text)).toBe(false);
  });

  it.each(['x', ' \u200B.', 'é', '😀', '\u0301a'])('is not blank: %j', (text) => {
    expect(isNotBlank(text)).toBe(true);
  });

  it('trims a tag and refuses an empty one', () => {
    expect(Tag.parse('  dragons\t')).toBe('dragons');
    expect(Tag.safeParse(' \u200B ').error?.issues.map((issue) => issue.message)).toEqual([
      "can't be blank",
    ]);
  });
});
