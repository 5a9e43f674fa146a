// Served from `public/` under exactly this name: the browser suite checks that an avatar without
// an image shows "default-avatar.svg".
export const DEFAULT_AVATAR = '/default-avatar.svg';

interface AvatarProps {
  image: string | null;
  /** `user-pic`, `user-img` or `comment-author-img`: the class also fixes the size. */
  className?: string;
  /** Empty when the name is written right beside the picture, as it nearly always is. */
  alt?: string;
}

/** A user's picture, or the app's own default one. A given image is used exactly as given. */
export function Avatar({ image, className, alt = '' }: AvatarProps) {
  return <img src={image || DEFAULT_AVATAR} className={className} alt={alt} />;
}
