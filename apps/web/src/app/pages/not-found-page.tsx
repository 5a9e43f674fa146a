import { Link } from 'react-router';
import { PageTitle } from '../../ui/page-title';

export default function NotFoundPage() {
  return (
    <div className="not-found-page container page">
      <PageTitle>Page not found</PageTitle>
      <h1>Page not found</h1>
      <p>There is nothing at this address. It may have moved, or the link may be mistyped.</p>
      <p>
        <Link to="/">Back to the home page</Link>
      </p>
    </div>
  );
}
