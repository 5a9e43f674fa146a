import { errorMessages } from '../api/errors';
import { ErrorList } from './error-list';

interface LoadErrorProps {
  /** What could not be loaded, for the sentence: "Could not load the article." */
  what: string;
  error: unknown;
  onRetry: () => void;
}

/** A failed load: what failed, the API's words for why, and a way to try again. */
export function LoadError({ what, error, onRetry }: LoadErrorProps) {
  return (
    <div className="load-error">
      <p>Could not load {what}.</p>
      <ErrorList messages={errorMessages(error)} />
      <button type="button" className="btn btn-sm btn-outline-secondary" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
