import { useId, useState } from 'react';
import type { LoggedRequest } from '../api/request-log';
import { RequestStatements } from './request-statements';

// More statements than this for one request usually means a query per item of a list (N+1).
const MANY_STATEMENTS = 5;
// The statements' row spans the whole table: the expand button's column and the request's six.
const COLUMNS = 7;

/** One request: its costs on one line, and its statements below once expanded. */
export function RequestRow({ request }: { request: LoggedRequest }) {
  const [isExpanded, setIsExpanded] = useState(false);
  const statementsId = useId();
  const { requestId } = request;
  const isSuspicious = (request.queryCount ?? 0) > MANY_STATEMENTS;
  return (
    <>
      <tr
        className={isSuspicious ? 'dev-panel-many-statements' : undefined}
        // The details that do not need a column: when, and the id to find in the API's log.
        title={`${request.at.toLocaleTimeString()}, request id ${requestId ?? 'none'}, server total ${formatMs(request.totalMs)} ms`}
      >
        <td>
          {/* Without an id (cancelled, or no answer) the API has nothing to show. */}
          {requestId !== undefined && (
            <button
              type="button"
              className="dev-panel-expand"
              aria-expanded={isExpanded}
              aria-controls={isExpanded ? statementsId : undefined}
              onClick={() => setIsExpanded((expanded) => !expanded)}
            >
              <span aria-hidden="true">{isExpanded ? '▾' : '▸'}</span>
              <span className="visually-hidden">
                Statements of {request.method} {request.path}
              </span>
            </button>
          )}
        </td>
        <td>{request.method}</td>
        <td className="dev-panel-path">{request.path}</td>
        <td>{request.status}</td>
        <td className="dev-panel-number">{formatMs(request.durationMs)}</td>
        <td className="dev-panel-number">{request.queryCount ?? '–'}</td>
        <td className="dev-panel-number">{formatMs(request.dbMs)}</td>
      </tr>
      {isExpanded && requestId !== undefined && (
        <tr id={statementsId} className="dev-panel-details">
          <td colSpan={COLUMNS}>
            <RequestStatements request={{ ...request, requestId }} />
          </td>
        </tr>
      )}
    </>
  );
}

const formatMs = (ms: number | undefined) => (ms === undefined ? '–' : ms.toFixed(1));
