import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { readRepoFile as read, repo } from './support/repo-files.js';

const rootPackage = JSON.parse(read('package.json'));

/** Every installed package that names the Node versions it runs on, from pnpm's store layout. */
function installedEngines(): { id: string; node: string }[] {
  const store = join(repo, 'node_modules/.pnpm');
  const found = new Map<string, string>();
  for (const entry of readdirSync(store)) {
    const modules = join(store, entry, 'node_modules');
    let names: string[];
    try {
      names = readdirSync(modules).flatMap((name) =>
        name.startsWith('@') ? readdirSync(join(modules, name)).map((n) => `${name}/${n}`) : [name],
      );
    } catch {
      continue;
    }
    // Each folder holds its package itself, and links to that package's dependencies.
    for (const name of names.filter((name) => !lstatSync(join(modules, name)).isSymbolicLink())) {
      const manifest = JSON.parse(readFileSync(join(modules, name, 'package.json'), 'utf8'));
      if (typeof manifest.engines?.node === 'string')
        found.set(`${manifest.name}@${manifest.version}`, manifest.engines.node);
    }
  }
  return [...found].map(([id, node]) => ({ id, node }));
}

describe('the Node.js versions the project asks for', () => {
  const range: string = rootPackage.engines.node;
  const major = read('.nvmrc').trim();

  it('are ones on which every installed dependency says it runs', () => {
    const refusing = installedEngines().filter(({ node }) => !semver.subset(range, node));
    expect(refusing).toEqual([]);
  });

  it('are enforced by pnpm, which stops every command on another Node', () => {
    expect(rootPackage.devEngines.runtime).toEqual({
      name: 'node',
      version: range,
      onFail: 'error',
    });
  });

  it('include the one major that .nvmrc, the Dockerfile, the dev container and CI use', () => {
    expect(semver.intersects(`${major}.x`, range)).toBe(true);
    const dockerImages = [...read('Dockerfile').matchAll(/^FROM node:(\d+)-/gm)].map((m) => m[1]);
    expect(dockerImages).toEqual([major, major]);
    expect(read('.devcontainer/devcontainer.json')).toMatch(
      new RegExp(`"image": "mcr\\.microsoft\\.com/devcontainers/typescript-node:${major}"`),
    );
    expect(read('.ci/run')).toMatch(new RegExp(`^NODE_MAJOR=${major}$`, 'm'));
  });

  it('would catch a dependency that needs a newer Node', () => {
    expect(semver.subset(range, '>=24.15.0')).toBe(false);
  });
});
