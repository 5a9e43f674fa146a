// `pnpm test:exercise <name>`: runs the acceptance tests of one exercise of docs/exercises,
// `exercises/<name>.exercise.ts`, with jest.exercises.config.js. Any further arguments go to jest.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SUFFIX = '.exercise.ts';
const exercisesFolder = new URL('./', import.meta.url);
const apiFolder = fileURLToPath(new URL('../', import.meta.url));

const exercises = readdirSync(exercisesFolder)
  .filter((file) => file.endsWith(SUFFIX))
  .map((file) => file.slice(0, -SUFFIX.length))
  .sort();

const args = process.argv.slice(2);
// `pnpm test:exercise -- <name>` hands the `--` on too.
if (args[0] === '--') args.shift();
const [name, ...jestArgs] = args;

if (name === undefined || !exercises.includes(name)) {
  console.error(name === undefined ? 'Which exercise?' : `There is no exercise "${name}".`);
  console.error(`Run pnpm test:exercise <name>, with one of:\n  ${exercises.join('\n  ')}`);
  process.exit(1);
}

const { status } = spawnSync(
  process.execPath,
  [
    '--experimental-vm-modules',
    '--no-warnings=ExperimentalWarning',
    'node_modules/jest/bin/jest.js',
    '--config',
    'jest.exercises.config.js',
    `exercises/${name}${SUFFIX}`,
    ...jestArgs,
  ],
  { cwd: apiFolder, stdio: 'inherit' },
);
process.exit(status ?? 1);
