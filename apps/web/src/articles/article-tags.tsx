/** An article's tags as outlined pills, each once; nothing when it has none. */
export function ArticleTags({ tags }: { tags: readonly string[] }) {
  const distinct = [...new Set(tags)];
  if (distinct.length === 0) return null;
  return (
    <ul className="tag-list">
      {distinct.map((tag) => (
        <li key={tag} className="tag-default tag-pill tag-outline">
          {tag}
        </li>
      ))}
    </ul>
  );
}
