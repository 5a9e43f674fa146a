import { type Route, routes, ErrorResponse } from '@conduit/contracts';
import { z } from 'zod';
import {
  createDocument,
  type ZodOpenApiOperationObject,
  type ZodOpenApiPathsObject,
} from 'zod-openapi';

const json = (schema: z.ZodType) => ({ 'application/json': { schema } });

const ERRORS_BY_AUTH: Record<Route['auth'], string[]> = {
  none: [],
  optional: ['401'],
  required: ['401'],
};

/** `/articles/:slug` → `/articles/{slug}`, with the parameters' schema. */
function openApiPath(path: string): { path: string; params?: z.ZodObject } {
  const names = [...path.matchAll(/:(\w+)/g)].map((match) => match[1] as string);
  if (names.length === 0) return { path };
  return {
    path: path.replace(/:(\w+)/g, '{$1}'),
    params: z.object(Object.fromEntries(names.map((name) => [name, z.string()]))),
  };
}

function operation(name: string, route: Route): ZodOpenApiOperationObject {
  const { params } = openApiPath(route.path);
  const errorStatuses = [
    ...ERRORS_BY_AUTH[route.auth],
    ...(route.request || route.query ? ['422'] : []),
    ...(params ? ['404'] : []),
    ...(route.otherErrors ?? []).map(String),
  ];
  return {
    operationId: name,
    summary: route.summary,
    tags: [route.tag],
    ...(route.auth !== 'none' && {
      security: route.auth === 'required' ? [{ Token: [] }] : [{ Token: [] }, {}],
    }),
    ...((params || route.query) && {
      requestParams: {
        ...(params && { path: params }),
        ...(route.query && { query: route.query as z.ZodObject }),
      },
    }),
    ...(route.request && { requestBody: { required: true, content: json(route.request) } }),
    responses: {
      [route.status]: route.response
        ? { description: route.summary, content: json(route.response) }
        : { description: 'No content' },
      ...Object.fromEntries(
        errorStatuses.map((status) => [
          status,
          { description: 'The error shape', content: json(ErrorResponse) },
        ]),
      ),
    },
  };
}

/** The OpenAPI 3.1 document, generated from the contracts' route table: nothing restated by hand. */
export function buildOpenApiDocument() {
  const paths: ZodOpenApiPathsObject = {};
  for (const [name, route] of Object.entries(routes) as Array<[string, Route]>) {
    const { path } = openApiPath(route.path);
    paths[path] = { ...paths[path], [route.method.toLowerCase()]: operation(name, route) };
  }
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Conduit API',
      version: '1.0.0',
      description:
        'The RealWorld (Conduit) API of the course capstone. Every shape comes from `packages/contracts`.',
    },
    servers: [{ url: '/api' }],
    components: {
      securitySchemes: {
        Token: {
          type: 'apiKey',
          in: 'header',
          name: 'Authorization',
          description: '`Token <jwt>` (the RealWorld scheme) or `Bearer <jwt>`',
        },
      },
    },
    paths,
  });
}
