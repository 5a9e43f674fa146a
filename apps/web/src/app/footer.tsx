import { Link } from 'react-router';

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
      </div>
    </footer>
  );
}
