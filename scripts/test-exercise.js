// `pnpm test:exercise <name>`: the acceptance tests of one exercise of docs/exercises. An exercise
// has API tests (`apps/api/exercises/<name>.exercise.ts`) and, when it has an SPA half, component
// tests (`apps/web/exercises/<name>.exercise.tsx`); each package runs its own with its
// `test:exercise` script. Any further arguments go to jest.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const parts = [
  { pkg: '@conduit/api', folder: 'apps/api/exercises', suffix: '.exercise.ts' },
  { pkg: '@conduit/web', folder: 'apps/web/exercises', suffix: '.exercise.tsx' },
];

function testsOf(part) {
  const folder = new URL(`../${part.folder}/`, import.meta.url);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((file) => file.endsWith(part.suffix))
    .map((file) => file.slice(0, -part.suffix.length));
}

const partsFound = parts.map((part) => ({ ...part, tests: testsOf(part) }));
const exercises = [...new Set(partsFound.flatMap((part) => part.tests))].sort();

const args = process.argv.slice(2);
// `pnpm test:exercise -- <name>` hands the `--` on too.
if (args[0] === '--') args.shift();
const [name, ...jestArgs] = args;

if (name === undefined || !exercises.includes(name)) {
  console.error(name === undefined ? 'Which exercise?' : `There is no exercise "${name}".`);
  console.error(`Run pnpm test:exercise <name>, with one of:\n  ${exercises.join('\n  ')}`);
  process.exit(1);
}

// Both halves run even when the first fails, so that one run shows everything left to do.
const failed = partsFound
  .filter((part) => part.tests.includes(name))
  .filter((part) => {
    console.log(`\n${part.pkg}: ${part.folder}/${name}${part.suffix}`);
    const { status } = spawnSync(
      'pnpm',
      ['--filter', part.pkg, 'test:exercise', `exercises/${name}${part.suffix}`, ...jestArgs],
      { stdio: 'inherit' },
    );
    return status !== 0;
  });
process.exit(failed.length === 0 ? 0 : 1);
