import type { ReactNode } from 'react';
import { Outlet, ScrollRestoration } from 'react-router';
import { StatusMessage } from '../ui/status-message';
import { Footer } from './footer';
import { Header } from './header';

/** The shell of every page: the navbar, the page, the footer. */
export function Layout() {
  return (
    <Frame>
      <Outlet />
      <ScrollRestoration />
    </Frame>
  );
}

/** The same shell while the code of the first page is still on its way. */
export function LayoutWhileLoading() {
  return (
    <Frame>
      <div className="container page">
        <StatusMessage>Loading…</StatusMessage>
      </div>
    </Frame>
  );
}

function Frame({ children }: { children: ReactNode }) {
  return (
    <>
      <Header />
      <main>{children}</main>
      <Footer />
    </>
  );
}
