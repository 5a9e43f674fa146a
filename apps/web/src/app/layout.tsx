import { Suspense } from 'react';
import { Outlet, ScrollRestoration } from 'react-router';
import { StatusMessage } from '../ui/status-message';
import { Footer } from './footer';
import { Header } from './header';

/** The shell of every page: the navbar, the page (while its code loads, a message), the footer. */
export function Layout() {
  return (
    <>
      <Header />
      <main>
        <Suspense fallback={<StatusMessage>Loading…</StatusMessage>}>
          <Outlet />
        </Suspense>
      </main>
      <Footer />
      <ScrollRestoration />
    </>
  );
}
