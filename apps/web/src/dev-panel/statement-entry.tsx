import { formatSql } from './format-sql';
import { formatDuration, formatParameters, formatRows, statementNumber } from './statement-facts';
import { firstRun, isRepeated, type StatementGroup } from './statement-groups';
import { StatementPlan } from './statement-plan';

/** One SQL text of a request: the statement, each run's values and cost, and its plan. */
export function StatementEntry({ requestId, group }: { requestId: string; group: StatementGroup }) {
  const first = firstRun(group);
  return (
    <li className="dev-panel-statement" aria-label={`Statement ${statementNumber(first)}`}>
      <div className="dev-panel-statement-badges">
        {isRepeated(group) && (
          <span className="dev-panel-badge dev-panel-badge-warning">
            N+1? {group.runs.length} runs
          </span>
        )}
        {/* The runs of one text come from one place in the code, which prepares it or not. */}
        {first.prepared && <span className="dev-panel-badge">prepared</span>}
      </div>
      <pre className="dev-panel-sql">{formatSql(group.sql)}</pre>
      <ul className="dev-panel-runs" aria-label="Runs">
        {group.runs.map((run) => (
          <li key={run.index}>
            {statementNumber(run)}: {formatParameters(run.parameters)};{' '}
            {formatDuration(run.durationMs)}, {formatRows(run.rows)}
          </li>
        ))}
      </ul>
      {first.explainable && <StatementPlan requestId={requestId} index={first.index} />}
    </li>
  );
}
