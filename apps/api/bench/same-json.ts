import { isDeepStrictEqual } from 'node:util';

/**
 * Asks both servers the same questions and fails, naming the first difference, unless they give
 * the same status and the same JSON (key order aside: objects are compared as values).
 */
export async function assertSameJson(
  oursUrl: string,
  baselineUrl: string,
  samples: { path: string; isSignedIn?: boolean }[],
  token: string,
): Promise<void> {
  for (const { path, isSignedIn } of samples) {
    const headers = isSignedIn ? { authorization: `Token ${token}` } : undefined;
    const [ours, baseline] = await Promise.all(
      [oursUrl, baselineUrl].map(async (url) => {
        const response = await fetch(`${url}${path}`, { headers });
        return { status: response.status, body: (await response.json()) as unknown };
      }),
    );
    if (ours?.status !== 200 || !isDeepStrictEqual(ours, baseline)) {
      throw new Error(
        `The baseline does not answer like the API for GET ${path}${isSignedIn ? ' (signed in)' : ''}:\n` +
          `  ours:     ${JSON.stringify(ours).slice(0, 800)}\n` +
          `  baseline: ${JSON.stringify(baseline).slice(0, 800)}`,
      );
    }
  }
}
