import { lazy, Suspense, useState } from 'react';

// The table's code (and its styles) is fetched the first time the panel opens. `@__PURE__` tells
// the bundler that this call has no side effect: a production build, which never renders the
// toggle, can then drop the call and with it the panel's chunk.
const DevPanel = /* @__PURE__ */ lazy(() => import('./dev-panel'));

/** The footer's "Dev panel" button and, once pressed, the panel. Rendered in development only. */
export function DevPanelToggle() {
  const [isOpen, setIsOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="btn btn-sm btn-outline-secondary"
        aria-expanded={isOpen}
        onClick={() => setIsOpen((open) => !open)}
      >
        Dev panel
      </button>
      {isOpen && (
        <Suspense fallback={null}>
          <DevPanel onClose={() => setIsOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
