import { LoginRequest, RegisterRequest } from '@conduit/contracts';
import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { callApi } from '../api/client';
import { useSession } from './session-context';

// The forms validate the inside of the `{user: …}` envelope, with the API's own schemas.
export const Credentials = LoginRequest.shape.user;
export type Credentials = z.infer<typeof Credentials>;

export const Registration = RegisterRequest.shape.user;
export type Registration = z.infer<typeof Registration>;

export const signInWith = async (user: Credentials) =>
  (await callApi('login', { body: { user } })).user;

export const register = async (user: Registration) =>
  (await callApi('register', { body: { user } })).user;

/** Signs in; on success the session holds the user and the token. */
export function useSignIn() {
  const session = useSession();
  return useMutation({ mutationFn: signInWith, onSuccess: session.signIn });
}

/** Creates the account and signs it in. */
export function useRegister() {
  const session = useSession();
  return useMutation({ mutationFn: register, onSuccess: session.signIn });
}
