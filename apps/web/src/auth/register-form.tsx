import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { contractResolver } from '../ui/contract-resolver';
import { ErrorList } from '../ui/error-list';
import { formMessages } from '../ui/form-messages';
import { TextField } from '../ui/text-field';
import { Registration, useRegister } from './api';

export function RegisterForm() {
  const navigate = useNavigate();
  const register = useRegister();
  const form = useForm<Registration, unknown, Registration>({
    resolver: contractResolver(Registration),
    defaultValues: { username: '', email: '', password: '' },
  });

  const submit = form.handleSubmit((registration) =>
    register.mutate(registration, { onSuccess: () => navigate('/') }),
  );

  return (
    <>
      <ErrorList messages={formMessages(form.formState.errors, register.error)} />
      <form onSubmit={submit} noValidate>
        <TextField label="Username" autoComplete="username" {...form.register('username')} />
        <TextField label="Email" type="email" autoComplete="email" {...form.register('email')} />
        <TextField
          label="Password"
          type="password"
          autoComplete="new-password"
          {...form.register('password')}
        />
        <button
          type="submit"
          className="btn btn-lg btn-primary pull-right"
          disabled={register.isPending}
        >
          Sign up
        </button>
      </form>
    </>
  );
}
