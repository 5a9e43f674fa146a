import type { User } from '@conduit/contracts';
import { useForm } from 'react-hook-form';
import { Avatar } from '../ui/avatar';
import { contractResolver } from '../ui/contract-resolver';
import { ErrorList } from '../ui/error-list';
import { formMessages } from '../ui/form-messages';
import { NewComment, useAddComment } from './api/add-comment';

interface CommentFormProps {
  slug: string;
  user: Pick<User, 'image'>;
}

/** Writes a comment; the text stays if posting fails, and empties once it is posted. */
export function CommentForm({ slug, user }: CommentFormProps) {
  const addComment = useAddComment(slug);
  const form = useForm<NewComment, unknown, NewComment>({
    resolver: contractResolver(NewComment),
    defaultValues: { body: '' },
  });

  const submit = form.handleSubmit((comment) =>
    addComment.mutate(comment, { onSuccess: () => form.reset() }),
  );

  return (
    <>
      <ErrorList messages={formMessages(form.formState.errors, addComment.error)} />
      <form className="card comment-form" onSubmit={submit} noValidate>
        <div className="card-block">
          <label className="visually-hidden" htmlFor="comment-body">
            Comment
          </label>
          <textarea
            id="comment-body"
            className="form-control"
            placeholder="Write a comment..."
            rows={3}
            {...form.register('body')}
          />
        </div>
        <div className="card-footer">
          <Avatar image={user.image} className="comment-author-img" />
          <button type="submit" className="btn btn-sm btn-primary" disabled={addComment.isPending}>
            Post Comment
          </button>
        </div>
      </form>
    </>
  );
}
