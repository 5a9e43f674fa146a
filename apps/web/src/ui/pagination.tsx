import { Link } from 'react-router';

interface PaginationProps {
  pageCount: number;
  currentPage: number;
  /** The URL of a page, keeping the current filter: `/tag/x?page=2`. */
  hrefOf: (page: number) => string;
}

/** One `.page-item` per page, the current one `active`. Nothing when everything fits on one. */
export function Pagination({ pageCount, currentPage, hrefOf }: PaginationProps) {
  if (pageCount <= 1) return null;
  const pages = Array.from({ length: pageCount }, (_, index) => index + 1);
  return (
    <ul className="pagination" aria-label="Pages">
      {pages.map((page) => (
        <li key={page} className={page === currentPage ? 'page-item active' : 'page-item'}>
          <Link
            className="page-link"
            to={hrefOf(page)}
            aria-current={page === currentPage ? 'page' : undefined}
          >
            {page}
          </Link>
        </li>
      ))}
    </ul>
  );
}
