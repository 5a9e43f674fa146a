import { z } from 'zod';

// Zod compiles a faster parser with `new Function`, after probing whether eval is allowed. Our CSP
// (`script-src 'self'`) forbids it: the probe fails quietly, but the browser still reports a CSP
// violation on every page. Without the JIT there is no probe. Imported first by `main.tsx`, so that
// it runs before any schema parses.
z.config({ jitless: true });
