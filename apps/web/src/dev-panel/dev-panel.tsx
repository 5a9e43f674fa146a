import { useSyncExternalStore } from 'react';
import { requestLog, type LoggedRequest } from '../api/request-log';
import './dev-panel.css';

// More statements than this for one request usually means a query per item of a list (N+1).
const MANY_STATEMENTS = 5;

/** What each API request cost, newest first: for showing N+1 queries live in class. */
export default function DevPanel({ onClose }: { onClose: () => void }) {
  const requests = useSyncExternalStore(requestLog.subscribe, requestLog.getSnapshot);
  return (
    <section className="dev-panel" aria-label="Dev panel">
      <div className="dev-panel-toolbar">
        <span>Last {requests.length} API requests, newest first</span>
        <button
          type="button"
          className="btn btn-sm btn-outline-secondary"
          onClick={requestLog.clear}
        >
          Clear
        </button>
        <button type="button" className="btn btn-sm btn-outline-secondary" onClick={onClose}>
          Close
        </button>
      </div>
      <table>
        <thead>
          <tr>
            <th scope="col">Method</th>
            <th scope="col">Path</th>
            <th scope="col">Status</th>
            <th scope="col" className="dev-panel-number">
              ms
            </th>
            <th scope="col" className="dev-panel-number">
              SQL statements
            </th>
            <th scope="col" className="dev-panel-number">
              db ms
            </th>
          </tr>
        </thead>
        <tbody>
          {requests.map((request) => (
            <RequestRow key={request.id} request={request} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function RequestRow({ request }: { request: LoggedRequest }) {
  const isSuspicious = (request.queryCount ?? 0) > MANY_STATEMENTS;
  return (
    <tr
      className={isSuspicious ? 'dev-panel-many-statements' : undefined}
      // The details that do not need a column: when, and the id to find in the API's log.
      title={`${request.at.toLocaleTimeString()}, request id ${request.requestId ?? 'none'}, server total ${formatMs(request.totalMs)} ms`}
    >
      <td>{request.method}</td>
      <td className="dev-panel-path">{request.path}</td>
      <td>{request.status}</td>
      <td className="dev-panel-number">{formatMs(request.durationMs)}</td>
      <td className="dev-panel-number">{request.queryCount ?? '–'}</td>
      <td className="dev-panel-number">{formatMs(request.dbMs)}</td>
    </tr>
  );
}

const formatMs = (ms: number | undefined) => (ms === undefined ? '–' : ms.toFixed(1));
