/**
 * The schema as facts, one line each, so that the Mermaid `erDiagram` of docs/database.md and the
 * migrated database can be compared line by line:
 *
 *   table users
 *   column users.bio text nullable
 *   column follows.follower_id integer FK,PK
 *   relationship users ||--o{ follows (follower_id)
 *
 * A relationship names the parent first. Its parent side is `||` when the foreign key is NOT NULL
 * (`|o` when not), its child side `o{` (`o|` when the key's columns are unique), and its line `--`
 * when the key is part of the child's primary key (identifying), `..` when it is not.
 */
const ENTITY_START = /^(\w+)\s*\{$/;
// `type name [PK, FK, UK] ["comment"]`; a comment that starts with "nullable" marks the column so.
const ATTRIBUTE = /^(\S+)\s+(\w+)(?:\s+((?:PK|FK|UK)(?:\s*,\s*(?:PK|FK|UK))*))?(?:\s+"([^"]*)")?$/;
// `parent ||--o{ child : "label (column)"`
const RELATIONSHIP = /^(\w+)\s+(\|\||\|o)(--|\.\.)(o\{|o\|)\s+(\w+)\s*:\s*"[^"(]*\(([\w, ]+)\)"$/;

/** The facts of the first `erDiagram` block of a Markdown page; throws on a line it cannot read. */
export function diagramFacts(markdown: string): string[] {
  const block = /```mermaid\n(erDiagram\n[\s\S]*?)```/.exec(markdown)?.[1];
  if (block === undefined) throw new Error('no ```mermaid erDiagram block');
  const facts: string[] = [];
  let entity: string | undefined;
  for (const line of block
    .split('\n')
    .slice(1)
    .map((text) => text.trim())) {
    if (line === '' || line.startsWith('%%')) continue;
    if (entity !== undefined) {
      if (line === '}') entity = undefined;
      else facts.push(attributeFact(entity, line));
      continue;
    }
    const start = ENTITY_START.exec(line);
    if (start) {
      entity = start[1] as string;
      facts.push(`table ${entity}`);
      continue;
    }
    const relationship = RELATIONSHIP.exec(line);
    if (!relationship) throw new Error(`cannot read the diagram's line: ${line}`);
    const [, parent, parentSide, stroke, childSide, child, columns] = relationship;
    facts.push(
      relationshipFact({
        parent: parent as string,
        child: child as string,
        columns: columns as string,
        cardinality: `${parentSide}${stroke}${childSide}`,
      }),
    );
  }
  return facts.sort();
}

function attributeFact(entity: string, line: string): string {
  const attribute = ATTRIBUTE.exec(line);
  if (!attribute) throw new Error(`cannot read ${entity}'s attribute: ${line}`);
  const [, type, name, keys, comment] = attribute;
  return columnFact({
    table: entity,
    column: name as string,
    type: type as string,
    keys: keys?.split(',').map((key) => key.trim()) ?? [],
    isNullable: comment?.startsWith('nullable') ?? false,
  });
}

/** `column <table>.<column> <type> [<keys, sorted>] [nullable]`, for either side to write. */
export function columnFact(column: {
  table: string;
  column: string;
  type: string;
  keys: string[];
  isNullable: boolean;
}): string {
  return [
    `column ${column.table}.${column.column} ${column.type}`,
    [...column.keys].sort().join(','),
    column.isNullable ? 'nullable' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** `relationship <parent> <cardinality> <child> (<foreign key columns>)`. */
export function relationshipFact(relationship: {
  parent: string;
  child: string;
  columns: string;
  cardinality: string;
}): string {
  const { parent, cardinality, child, columns } = relationship;
  return `relationship ${parent} ${cardinality} ${child} (${columns})`;
}
