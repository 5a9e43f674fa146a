import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router';
import { useSession } from '../auth/session-context';
import { Avatar } from '../ui/avatar';

/** The one `nav` of the page: what it offers depends on the session's state. */
export function Header() {
  const { state, user } = useSession();
  return (
    <nav className="navbar">
      <div className="container">
        <Link className="navbar-brand" to="/">
          conduit
        </Link>
        <ul className="nav navbar-nav">
          <NavItem to="/">Home</NavItem>
          {user && (
            <>
              <NavItem to="/editor">
                <i className="ion-compose" aria-hidden="true" /> New Article
              </NavItem>
              <NavItem to="/settings">
                <i className="ion-gear-a" aria-hidden="true" /> Settings
              </NavItem>
              <NavItem to={`/profile/${encodeURIComponent(user.username)}`}>
                <Avatar image={user.image} className="user-pic" />
                {user.username}
              </NavItem>
            </>
          )}
          {state === 'unauthenticated' && (
            <>
              <NavItem to="/login">Sign in</NavItem>
              <NavItem to="/register">Sign up</NavItem>
            </>
          )}
          {state === 'unavailable' && (
            <li className="nav-item">
              <span className="nav-link connecting" role="status">
                Connecting…
              </span>
            </li>
          )}
        </ul>
      </div>
    </nav>
  );
}

function NavItem({ to, children }: { to: string; children: ReactNode }) {
  return (
    <li className="nav-item">
      {/* `end`: "Home" is not active on every page, nor "New Article" while editing one. */}
      <NavLink className="nav-link" to={to} end>
        {children}
      </NavLink>
    </li>
  );
}
