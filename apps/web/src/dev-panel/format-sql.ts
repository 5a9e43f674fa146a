// A formatter for reading, not a parser: it puts each main clause of a statement on a line of its
// own, indented by how deep in subqueries it is, and leaves everything else as it was sent.

/** The clauses that start a line, longest first so that `ORDER BY` is not read as `ORDER`. */
const CLAUSES = [
  'INSERT INTO',
  'DELETE FROM',
  'INNER JOIN',
  'LEFT JOIN',
  'RIGHT JOIN',
  'CROSS JOIN',
  'ON CONFLICT',
  'GROUP BY',
  'ORDER BY',
  'FOR UPDATE',
  'UNION ALL',
  'SELECT',
  'FROM',
  'JOIN',
  'WHERE',
  'HAVING',
  'LIMIT',
  'OFFSET',
  'UNION',
  'VALUES',
  'UPDATE',
  'SET',
  'RETURNING',
].map((clause) => clause.split(' '));

// String literals and quoted identifiers are single tokens, so that a keyword inside them (a
// column named "from", a title 'Select your words') never breaks a line. A quote that closes
// nothing is a token of its own: the formatter drops no character.
const TOKEN = /'(?:[^']|'')*'|"(?:[^"]|"")*"|\s+|[()]|[^\s()'"]+|['"]/g;

const INDENT = '  ';

interface Token {
  text: string;
  /** Sent with white space before it, which the formatter keeps as one space. */
  isSpaced: boolean;
}

/**
 * `SELECT "id" FROM "users" WHERE "id" = $1` → three lines. A clause directly inside a subquery (a
 * parenthesis that opens on `SELECT`) starts a line too, one indent deeper per subquery around it;
 * directly inside any other parenthesis (a function's arguments, `array_agg(… ORDER BY …)`)
 * nothing moves.
 */
export function formatSql(sql: string): string {
  const tokens = tokenize(sql);
  // One entry per open parenthesis: whether it holds a subquery.
  const parentheses: boolean[] = [];
  let text = '';
  for (let position = 0; position < tokens.length; position += 1) {
    const { text: token, isSpaced } = tokens[position] as Token;
    const clause = clauseAt(tokens, position);
    if (clause && parentheses.at(-1) !== false) {
      const depth = parentheses.filter((isSubquery) => isSubquery).length;
      const line = INDENT.repeat(depth) + clause.join(' ');
      text = text === '' ? line : `${text.trimEnd()}\n${line}`;
      position += clause.length - 1;
      continue;
    }
    if (token === '(') parentheses.push(clauseAt(tokens, position + 1)?.[0] === 'SELECT');
    if (token === ')') parentheses.pop();
    text += isSpaced && text !== '' ? ` ${token}` : token;
  }
  return text;
}

function tokenize(sql: string): Token[] {
  const tokens: Token[] = [];
  let isSpaced = false;
  for (const [text] of sql.matchAll(TOKEN)) {
    if (/^\s/.test(text)) {
      isSpaced = true;
      continue;
    }
    tokens.push({ text, isSpaced });
    isSpaced = false;
  }
  return tokens;
}

/** The clause whose words start at `position`, in upper case, if one does. */
function clauseAt(tokens: readonly Token[], position: number): string[] | undefined {
  return CLAUSES.find((words) =>
    words.every((word, offset) => tokens[position + offset]?.text.toUpperCase() === word),
  );
}
