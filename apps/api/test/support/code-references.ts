import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** Folders that hold no source of ours: installed packages, builds, data, caches. */
const NOT_SOURCE = new Set(['node_modules', 'dist', '.git', '.data', '.turbo', 'coverage']);
const CODE = /\.(ts|tsx|js|mjs|cjs)$/;
/** Tests name things to check them, wrong names included: they declare nothing for the docs. */
const TEST = /\.(spec|test|e2e)\.tsx?$/;
/** Besides the code, where an environment variable or a setting is named. */
const SETTINGS = /(^|\/)(Dockerfile|docker-compose\.yml|\.env\.example|package\.json)$/;

/** Every file of the repository, as paths from its root, outside the folders above. */
export function filesOf(root: string, folder = ''): string[] {
  return readdirSync(join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = folder ? `${folder}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return NOT_SOURCE.has(entry.name) ? [] : filesOf(root, path);
    return [path];
  });
}

/**
 * A file path written in backticks: `apps/api/src/main.ts`, `src/main.ts`, `create-app.ts`,
 * `.env.example`. Not a URL path (`/api/health`), a pattern (`*.e2e.ts`, `<name>.ts`), or a build
 * output or runtime folder, which a fresh clone does not have.
 */
export function isFilePath(token: string): boolean {
  // A dotfile the repository has (`.env.example`), not one that you create (`.env`).
  if (token.startsWith('.'))
    return /^\.(env\.\w+|dockerignore|gitignore|prettier\w*|npmrc)$/.test(token);
  return (
    /^[\w@.-]+(\/[\w@.-]+)*\.(ts|tsx|js|mjs|cjs|json|md|ya?ml|css|html|sql|svg|sh)$/.test(token) &&
    !/(^|\/)(dist|node_modules|\.data|coverage)\//.test(token)
  );
}

/**
 * A name of the code written in backticks: `TokenService.userExists` (a class or object of ours
 * and its member) or `SELECT_ARTICLES` (a constant, or an environment variable the code reads).
 * Other identifiers are left alone: `findPage` or `status` are as often English or an option of a
 * library as a name of ours.
 */
export type CodeName =
  { kind: 'member'; owner: string; member: string } | { kind: 'constant'; name: string };

export function codeName(token: string): CodeName | undefined {
  const member = /^([A-Z][A-Za-z0-9]*)\.([a-z_][A-Za-z0-9_]*)(\(\))?$/.exec(token);
  if (member) return { kind: 'member', owner: member[1] as string, member: member[2] as string };
  if (/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/.test(token)) return { kind: 'constant', name: token };
  return undefined;
}

/** The tokens of a Markdown page written in backticks, outside fenced code blocks. */
export function inlineCode(markdown: string): string[] {
  const prose = markdown.replace(/^```[\s\S]*?^```/gm, '');
  return [...prose.matchAll(/(?<!`)`([^`\n]+)`(?!`)/g)].map((match) => match[1] as string);
}

/** What the checks look things up in: the tree's paths, and the text of its code and settings. */
export class SourceTree {
  readonly files: string[];
  private readonly texts = new Map<string, string>();

  constructor(private readonly root: string) {
    this.files = filesOf(root);
    for (const file of this.files) {
      if ((CODE.test(file) && !TEST.test(file)) || SETTINGS.test(file))
        this.texts.set(file, readFileSync(join(root, file), 'utf8'));
    }
  }

  /**
   * Whether `path`, as a page wrote it, names a file: from the page's folder or the root, a file
   * whose path ends with it (`src/main.ts` in `apps/api`), or, for a bare name, any file so named.
   */
  hasFile(path: string, pageFolder: string): boolean {
    const candidates = [join(pageFolder, path), path].map((candidate) =>
      candidate.replace(/^\.\//, ''),
    );
    return this.files.some(
      (file) =>
        candidates.includes(file) ||
        file.endsWith(`/${path}`) ||
        (!path.includes('/') && basename(file) === path),
    );
  }

  /** Whether the code declares `name` and, for a member, whether that declaration's file has it. */
  hasName(name: CodeName): boolean {
    if (name.kind === 'constant') return this.someText(new RegExp(`\\b${name.name}\\b`)).length > 0;
    const declaring = this.someText(
      new RegExp(`\\b(class|interface|type|enum|const|function)\\s+${name.owner}\\b`),
    );
    const member = new RegExp(`\\b${name.member}\\b`);
    return declaring.some((file) => member.test(this.texts.get(file) as string));
  }

  /** Whether any code of ours declares `owner`: otherwise it is a library's (`DataSource`). */
  declares(owner: string): boolean {
    return (
      this.someText(new RegExp(`\\b(class|interface|type|enum|const|function)\\s+${owner}\\b`))
        .length > 0
    );
  }

  private someText(pattern: RegExp): string[] {
    return [...this.texts].filter(([, text]) => pattern.test(text)).map(([file]) => file);
  }
}
