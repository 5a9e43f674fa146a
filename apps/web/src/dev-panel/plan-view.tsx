import type { ExplainResponse } from '@conduit/contracts';
import { Fragment } from 'react';
import { describeScan, scanOnLine } from './sequential-scans';

/** PostgreSQL's plan as it printed it, each sequential scan worth a look marked and explained. */
export function PlanView({ plan }: { plan: ExplainResponse['plan'] }) {
  return (
    <div className="dev-panel-plan-view">
      <pre aria-label="Plan">
        {/* A plan's lines have no identity but their position, and never move. */}
        {plan.text.split('\n').map((line, position) => (
          <Fragment key={position}>
            {position > 0 && '\n'}
            {scanOnLine(line, plan.sequentialScans) ? <mark>{line}</mark> : line}
          </Fragment>
        ))}
      </pre>
      {plan.sequentialScans.length > 0 && (
        <ul className="dev-panel-scans" aria-label="Sequential scans">
          {plan.sequentialScans.map((scan) => (
            <li key={scan.table}>{describeScan(scan)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
