import { Link } from 'react-router';
import { LoadError } from '../ui/load-error';
import { StatusMessage } from '../ui/status-message';
import { useTags } from './api/get-tags';

/** The home sidebar: every tag in use, each a pill linking to its feed. */
export function PopularTags() {
  const tags = useTags();
  return (
    <div className="sidebar">
      <p>Popular Tags</p>
      {tags.isPending && <StatusMessage>Loading tags…</StatusMessage>}
      {tags.isError && <LoadError what="the tags" error={tags.error} onRetry={tags.refetch} />}
      {tags.data?.length === 0 && <p className="sidebar-empty">No tags yet.</p>}
      {tags.data && tags.data.length > 0 && (
        <div className="tag-list">
          {tags.data.map((tag) => (
            <Link key={tag} to={`/tag/${encodeURIComponent(tag)}`} className="tag-default tag-pill">
              {tag}
            </Link>
          ))}
        </div>
      )}
    </div>
  );
}
