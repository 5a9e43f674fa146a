/**
 * The browser tab's title for a page, which screen readers also announce on arrival. React 19
 * moves a `<title>` rendered anywhere into the document's head.
 */
export function PageTitle({ children }: { children?: string }) {
  return <title>{children ? `${children} — Conduit` : 'Conduit'}</title>;
}
