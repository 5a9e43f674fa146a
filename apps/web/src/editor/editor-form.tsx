import type { Article } from '@conduit/contracts';
import { Controller, useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { contractResolver } from '../ui/contract-resolver';
import { ErrorList } from '../ui/error-list';
import { formMessages } from '../ui/form-messages';
import { TextAreaField, TextField } from '../ui/text-field';
import { ArticleDraft, useSaveArticle } from './api/save-article';
import { TagInput } from './tag-input';

const EMPTY_DRAFT: ArticleDraft = { title: '', description: '', body: '', tagList: [] };

/** Writes a new article, or edits `article`; saving opens the article. */
export function EditorForm({ article }: { article?: Article }) {
  const navigate = useNavigate();
  const save = useSaveArticle(article?.slug);
  const form = useForm<ArticleDraft, unknown, ArticleDraft>({
    resolver: contractResolver(ArticleDraft),
    defaultValues: article
      ? {
          title: article.title,
          description: article.description,
          body: article.body,
          tagList: article.tagList,
        }
      : EMPTY_DRAFT,
  });

  const submit = form.handleSubmit((draft) =>
    save.mutate(draft, {
      onSuccess: (saved) => navigate(`/article/${encodeURIComponent(saved.slug)}`),
    }),
  );

  return (
    <>
      <ErrorList messages={formMessages(form.formState.errors, save.error)} />
      <form onSubmit={submit} noValidate>
        <TextField label="Article Title" {...form.register('title')} />
        <TextField
          label="What's this article about?"
          large={false}
          {...form.register('description')}
        />
        <TextAreaField
          label="Write your article (in markdown)"
          rows={8}
          {...form.register('body')}
        />
        <Controller
          control={form.control}
          name="tagList"
          render={({ field }) => <TagInput tags={field.value} onChange={field.onChange} />}
        />
        <button
          type="submit"
          className="btn btn-lg pull-right btn-primary"
          disabled={save.isPending}
        >
          Publish Article
        </button>
      </form>
    </>
  );
}
