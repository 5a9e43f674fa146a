import { Link } from 'react-router';
import { DevPanelToggle } from '../dev-panel/dev-panel-toggle';

export function Footer() {
  return (
    <footer>
      <div className="container">
        <Link to="/" className="logo-font">
          conduit
        </Link>
        <span className="attribution">
          The capstone of a backend course, built on RealWorld&apos;s Conduit. Code and design
          licensed under MIT.
        </span>
        {/* A constant to Vite: production builds contain neither the button nor the panel. */}
        {import.meta.env.DEV && <DevPanelToggle />}
      </div>
    </footer>
  );
}
