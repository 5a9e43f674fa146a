import { useParams } from 'react-router';
import { useArticle } from '../../articles/api/get-article';
import { RequireAuth } from '../../auth/require-auth';
import { EditorForm } from '../../editor/editor-form';
import { LoadError } from '../../ui/load-error';
import { PageTitle } from '../../ui/page-title';
import { StatusMessage } from '../../ui/status-message';

/** `/editor` writes a new article; `/editor/:slug` loads that article into the form. */
export default function EditorPage() {
  const { slug } = useParams();
  return (
    <RequireAuth>
      <div className="editor-page">
        <div className="container page narrow">
          <PageTitle>{slug ? 'Edit article' : 'New article'}</PageTitle>
          {slug ? <EditArticle slug={slug} /> : <EditorForm />}
        </div>
      </div>
    </RequireAuth>
  );
}

function EditArticle({ slug }: { slug: string }) {
  const article = useArticle(slug);
  if (article.isPending) return <StatusMessage>Loading the article…</StatusMessage>;
  if (article.isError) {
    return <LoadError what="the article" error={article.error} onRetry={article.refetch} />;
  }
  // Keyed by slug: opening another article's editor starts from that article, not this one.
  return <EditorForm key={slug} article={article.data} />;
}
