import type { ReactNode } from 'react';

/** A quiet, announced line for "loading…" and "waiting…" states. */
export function StatusMessage({ children }: { children: ReactNode }) {
  return (
    <p className="status-message" role="status">
      {children}
    </p>
  );
}
