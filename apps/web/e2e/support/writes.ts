import type { Locator } from 'playwright-core';

/**
 * Clicks, and waits for the API's answer to `method` on a path that matches `path`: the buttons
 * change at once, before the server has stored anything, so a test that reads the server's state
 * next must wait for the write first.
 */
export async function clickAndWaitForWrite(target: Locator, method: string, path: RegExp) {
  const written = target
    .page()
    .waitForResponse(
      (response) =>
        response.request().method() === method && path.test(new URL(response.url()).pathname),
    );
  await target.click();
  await written;
}
