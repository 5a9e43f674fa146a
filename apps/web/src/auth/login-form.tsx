import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { contractResolver } from '../ui/contract-resolver';
import { ErrorList } from '../ui/error-list';
import { formMessages } from '../ui/form-messages';
import { TextField } from '../ui/text-field';
import { Credentials, useSignIn } from './api';

export function LoginForm() {
  const navigate = useNavigate();
  const signIn = useSignIn();
  const form = useForm<Credentials, unknown, Credentials>({
    resolver: contractResolver(Credentials),
    defaultValues: { email: '', password: '' },
  });

  const submit = form.handleSubmit((credentials) =>
    signIn.mutate(credentials, { onSuccess: () => navigate('/') }),
  );

  return (
    <>
      <ErrorList messages={formMessages(form.formState.errors, signIn.error)} />
      <form onSubmit={submit} noValidate>
        <TextField label="Email" type="email" autoComplete="email" {...form.register('email')} />
        <TextField
          label="Password"
          type="password"
          autoComplete="current-password"
          {...form.register('password')}
        />
        <button
          type="submit"
          className="btn btn-lg btn-primary pull-right"
          disabled={signIn.isPending}
        >
          Sign in
        </button>
      </form>
    </>
  );
}
