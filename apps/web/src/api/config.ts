// The one place the SPA reads its build-time environment. `VITE_API_URL` is a full base such as
// `https://api.example.org/api`; without it the SPA calls its own origin's `/api` (the dev server
// proxies it, and in production the API serves the SPA). `?.` because tests run outside Vite.
export const apiBase: string = (import.meta.env?.VITE_API_URL || '/api').replace(/\/+$/, '');
