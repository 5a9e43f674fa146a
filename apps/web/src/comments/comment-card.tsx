import type { Comment } from '@conduit/contracts';
import { Link } from 'react-router';
import { Avatar } from '../ui/avatar';
import { formatDate } from '../ui/format-date';

interface CommentCardProps {
  comment: Comment;
  /** Given only to the comment's author, who may delete it. */
  onDelete?: () => void;
}

/** One comment: its text as plain text in one `p`, then the author, date and delete icon. */
export function CommentCard({ comment, onDelete }: CommentCardProps) {
  const profileUrl = `/profile/${encodeURIComponent(comment.author.username)}`;
  return (
    <div className="card">
      <div className="card-block">
        <p className="card-text">{comment.body}</p>
      </div>
      <div className="card-footer">
        <Link to={profileUrl} className="comment-author" tabIndex={-1} aria-hidden="true">
          <Avatar image={comment.author.image} className="comment-author-img" />
        </Link>{' '}
        <Link to={profileUrl} className="comment-author">
          {comment.author.username}
        </Link>
        <time className="date-posted" dateTime={comment.createdAt}>
          {formatDate(comment.createdAt)}
        </time>
        {onDelete && (
          <span className="mod-options">
            <button
              type="button"
              className="icon-button"
              onClick={onDelete}
              aria-label="Delete comment"
            >
              <i className="ion-trash-a" aria-hidden="true" />
            </button>
          </span>
        )}
      </div>
    </div>
  );
}
