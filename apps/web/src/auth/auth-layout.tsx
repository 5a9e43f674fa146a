import type { ReactNode } from 'react';

interface AuthLayoutProps {
  title: string;
  /** The link to the other form: "Need an account?" or "Have an account?". */
  switchLink: ReactNode;
  children: ReactNode;
}

export function AuthLayout({ title, switchLink, children }: AuthLayoutProps) {
  return (
    <div className="auth-page">
      <div className="container page">
        <div className="auth-card">
          <h1 className="text-center">{title}</h1>
          <p className="text-center">{switchLink}</p>
          {children}
        </div>
      </div>
    </div>
  );
}
