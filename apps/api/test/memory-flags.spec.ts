import { readRepoFile as read } from './support/repo-files.js';

// The memory flags were measured together (docs/benchmarks.md). The benchmark reads them from
// `pnpm start`'s script; the Docker image must run the API with the same ones.
describe("the API's memory flags", () => {
  const startScript: string = JSON.parse(read('apps/api/package.json')).scripts.start;
  const flags = startScript.replace(/^node /, '').replace(/ dist\/main\.js$/, '');

  it('are the same in the Docker image as in pnpm start', () => {
    const imageFlags = /exec node (.*) apps\/api\/dist\/main\.js/.exec(read('Dockerfile'))?.[1];
    expect(imageFlags).toBe(flags);
  });
});
