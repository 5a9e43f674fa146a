import type { ExplainResponse } from '@conduit/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { LoggedRequest } from '../api/request-log';
import { devPanelKeys } from './dev-panel-queries';
import { requestAsMarkdown } from './request-markdown';
import type { StatementGroup } from './statement-groups';

interface CopyAsMarkdownButtonProps {
  request: LoggedRequest & { requestId: string };
  groups: readonly StatementGroup[];
}

/** Copies the request's statements, and the plans explained so far, to the clipboard. */
export function CopyAsMarkdownButton({ request, groups }: CopyAsMarkdownButtonProps) {
  const queryClient = useQueryClient();
  const [outcome, setOutcome] = useState('');
  const copy = async () => {
    const planOf = (index: number) =>
      queryClient.getQueryData<ExplainResponse['plan']>(
        devPanelKeys.plan(request.requestId, index),
      );
    try {
      await navigator.clipboard.writeText(requestAsMarkdown(request, groups, planOf));
      setOutcome('Copied.');
    } catch (error) {
      // Refused by the browser: the page is not focused, or not on localhost or HTTPS.
      setOutcome(`Could not copy: ${(error as Error).message}`);
    }
  };
  return (
    <div className="dev-panel-export">
      <button
        type="button"
        className="btn btn-sm btn-outline-secondary"
        onClick={() => void copy()}
      >
        Copy as Markdown
      </button>
      <span role="status">{outcome}</span>
    </div>
  );
}
