const TIMEOUT_MS = 10_000;
const INTERVAL_MS = 100;

/**
 * Runs `assertion` until it passes, and fails with its last error once `timeoutMs` are spent: what
 * Playwright Test's `expect.poll` does, for jest. A page changes after every action, so a read
 * checked only once may see the state before the change: check the state you expect, eventually.
 */
export async function eventually(
  assertion: () => Promise<void>,
  timeoutMs = TIMEOUT_MS,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await assertion();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, INTERVAL_MS));
    }
  }
}
