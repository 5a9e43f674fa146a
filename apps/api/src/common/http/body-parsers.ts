import { type FastifyInstance, errorCodes } from 'fastify';

/**
 * The request bodies the API reads: JSON only, as RealWorld clients send it.
 *
 * - An empty JSON body is no body: the RealWorld Postman collection sends
 *   `Content-Type: application/json` on every request, DELETEs included.
 * - Only an object or an array may stand at the top: `null` or `42` is not a request (400).
 * - Any other content type is not read at all, so the body is missing (422 where one is needed)
 *   rather than a 415 that no client of this API expects.
 *
 * Parsing itself is Fastify's (secure-json-parse, which refuses `__proto__` keys), with the size
 * limit given to the adapter (`BODY_LIMIT`, 413 beyond it).
 */
export function readJsonBodies(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = (body as string).trimStart();
    if (text === '') return done(null, undefined);
    if (text[0] !== '{' && text[0] !== '[')
      return done(new errorCodes.FST_ERR_CTP_INVALID_JSON_BODY());
    parseJson(request, text, done);
  });
  app.addContentTypeParser('*', (_request, _payload, done) => done(null, undefined));
}
