/** Stops the API, its database and the web server, and deletes their temporary files. */
export default async function globalTeardown() {
  await globalThis.conduitStack?.stop();
}
