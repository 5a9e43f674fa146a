import { hashesAtOnce } from './password.js';

test('password hashes run on half the cores at most, and on one at least', () => {
  expect([1, 2, 3, 4, 16].map(hashesAtOnce)).toEqual([1, 1, 1, 2, 8]);
});
