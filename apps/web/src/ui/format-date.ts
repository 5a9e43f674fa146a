const longDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'long' });

/** `2026-01-20T10:00:00.000Z` → `January 20, 2026`. */
export const formatDate = (isoTimestamp: string) => longDate.format(new Date(isoTimestamp));
