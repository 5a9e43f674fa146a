import { Link } from 'react-router';
import { errorMessages } from '../api/errors';
import { useSession } from '../auth/session-context';
import { ErrorList } from '../ui/error-list';
import { LoadError } from '../ui/load-error';
import { StatusMessage } from '../ui/status-message';
import { useDeleteComment } from './api/delete-comment';
import { useComments } from './api/get-comments';
import { CommentCard } from './comment-card';
import { CommentForm } from './comment-form';

/** An article's comments: the form for a signed-in reader, a prompt for a guest, then the list. */
export function CommentSection({ slug }: { slug: string }) {
  const { state, user } = useSession();
  const comments = useComments(slug);
  const deletion = useDeleteComment(slug);

  return (
    <section className="comments" aria-label="Comments">
      {user ? (
        <CommentForm slug={slug} user={user} />
      ) : (
        state === 'unauthenticated' && (
          // Only a link to sign up: the navbar already has the one link to /login on the page.
          <p className="comment-prompt">
            <Link to="/register">Sign up</Link> or sign in to add comments on this article.
          </p>
        )
      )}
      {deletion.isError && <ErrorList messages={errorMessages(deletion.error)} />}
      {comments.isPending && <StatusMessage>Loading comments…</StatusMessage>}
      {comments.isError && (
        <LoadError what="the comments" error={comments.error} onRetry={comments.refetch} />
      )}
      {comments.data?.map((comment) => (
        <CommentCard
          key={comment.id}
          comment={comment}
          onDelete={
            user?.username === comment.author.username
              ? () => deletion.mutate(comment.id)
              : undefined
          }
        />
      ))}
    </section>
  );
}
