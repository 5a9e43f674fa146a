import { Link } from 'react-router';

/** What a page that crashed (or whose code could not be downloaded) shows instead of nothing. */
export function RouteError() {
  return (
    <div className="container page route-error">
      <h1>Something went wrong</h1>
      <p>This page could not be shown. Reloading usually helps.</p>
      <p>
        <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
          Reload the page
        </button>{' '}
        <Link to="/">Go to the home page</Link>
      </p>
    </div>
  );
}
