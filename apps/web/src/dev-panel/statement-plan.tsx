import { errorMessages } from '../api/errors';
import { ErrorList } from '../ui/error-list';
import { useStatementPlan } from './dev-panel-queries';
import { PlanView } from './plan-view';

/** The Explain button of a read, and the plan once PostgreSQL has given it (or why not). */
export function StatementPlan({ requestId, index }: { requestId: string; index: number }) {
  const { data: plan, error, isFetching, refetch } = useStatementPlan(requestId, index);
  return (
    <div className="dev-panel-plan">
      <button
        type="button"
        className="btn btn-sm btn-outline-secondary"
        disabled={isFetching}
        onClick={() => void refetch()}
      >
        {isFetching ? 'Explaining…' : 'Explain'}
      </button>
      {error && <ErrorList messages={errorMessages(error)} />}
      {plan && <PlanView plan={plan} />}
    </div>
  );
}
