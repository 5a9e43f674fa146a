import type { LoggedRequest } from '../api/request-log';
import { LoadError } from '../ui/load-error';
import { StatusMessage } from '../ui/status-message';
import { CopyAsMarkdownButton } from './copy-as-markdown-button';
import { useLoggedRequest } from './dev-panel-queries';
import { StatementEntry } from './statement-entry';
import { firstRun, groupByText } from './statement-groups';

/** The statements an expanded row's request ran, as the API recorded them. */
export function RequestStatements({ request }: { request: LoggedRequest & { requestId: string } }) {
  const { data, error, isPending, refetch } = useLoggedRequest(request.requestId);
  if (isPending) return <StatusMessage>Loading the statements…</StatusMessage>;
  if (error)
    return <LoadError what="the statements" error={error} onRetry={() => void refetch()} />;
  if (data.statements.length === 0) return <p>This request ran no SQL statement.</p>;
  const groups = groupByText(data.statements);
  return (
    <>
      <CopyAsMarkdownButton request={request} groups={groups} />
      <ol className="dev-panel-statements" aria-label="Statements">
        {groups.map((group) => (
          <StatementEntry key={firstRun(group).index} requestId={request.requestId} group={group} />
        ))}
      </ol>
    </>
  );
}
