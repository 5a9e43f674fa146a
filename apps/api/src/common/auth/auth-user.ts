/** Who is calling, as the guards establish it from the token. */
export interface AuthUser {
  id: number;
  /** The token the caller sent: the user resource echoes it back. */
  token: string;
}

export interface RequestWithUser {
  headers: Record<string, string | string[] | undefined>;
  user?: AuthUser;
}
