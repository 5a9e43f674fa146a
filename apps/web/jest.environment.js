// jsdom has no fetch, Request or streams, and the app and msw both need them. This environment
// is jsdom with Node's own implementations of those globals put back, so a component test sends
// real requests that msw answers at the network edge.
import { TestEnvironment as JsdomEnvironment } from 'jest-environment-jsdom';

const nodeGlobals = [
  'fetch',
  'Request',
  'Response',
  'Headers',
  'FormData',
  'Blob',
  'AbortController',
  'AbortSignal',
  'ReadableStream',
  'WritableStream',
  'TransformStream',
  'TextEncoder',
  'TextDecoder',
  'TextEncoderStream',
  'TextDecoderStream',
  'BroadcastChannel',
  'structuredClone',
  'URL',
  'URLSearchParams',
];

export default class JsdomWithFetchEnvironment extends JsdomEnvironment {
  constructor(...args) {
    super(...args);
    for (const name of nodeGlobals) this.global[name] = globalThis[name];
  }
}
