import { useSyncExternalStore } from 'react';
import { requestLog } from '../api/request-log';
import { DemoSwitch } from './demo-switch';
import { RequestRow } from './request-row';
import './dev-panel.css';

/**
 * What each API request cost, newest first, and the SQL behind it: for showing N+1 queries and
 * missing indexes live in class.
 */
export default function DevPanel({ onClose }: { onClose: () => void }) {
  const requests = useSyncExternalStore(requestLog.subscribe, requestLog.getSnapshot);
  return (
    <section className="dev-panel" aria-label="Dev panel">
      <div className="dev-panel-toolbar">
        <span>Last {requests.length} API requests, newest first</span>
        <DemoSwitch />
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
            <th scope="col">
              <span className="visually-hidden">Statements</span>
            </th>
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
