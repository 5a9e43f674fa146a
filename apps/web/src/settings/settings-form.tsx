import type { User } from '@conduit/contracts';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { contractResolver } from '../ui/contract-resolver';
import { ErrorList } from '../ui/error-list';
import { formMessages } from '../ui/form-messages';
import { TextAreaField, TextField } from '../ui/text-field';
import { UserChanges, useUpdateUser } from './api/update-user';

interface SettingsValues {
  image: string;
  username: string;
  bio: string;
  email: string;
  password: string;
}

// An empty password field means "keep my password": it is not sent at all.
const toChanges = ({ password, ...rest }: SettingsValues) =>
  password === '' ? rest : { ...rest, password };

/** The user's settings, prefilled; saving leads to the (maybe renamed) profile. */
export function SettingsForm({ user }: { user: User }) {
  const navigate = useNavigate();
  const update = useUpdateUser();
  const form = useForm<SettingsValues, unknown, UserChanges>({
    resolver: contractResolver(UserChanges, toChanges),
    defaultValues: {
      image: user.image ?? '',
      username: user.username,
      bio: user.bio ?? '',
      email: user.email,
      password: '',
    },
  });

  const submit = form.handleSubmit((changes) =>
    update.mutate(changes, {
      onSuccess: (saved) => navigate(`/profile/${encodeURIComponent(saved.username)}`),
    }),
  );

  return (
    <>
      <ErrorList messages={formMessages(form.formState.errors, update.error)} />
      <form onSubmit={submit} noValidate>
        <TextField label="URL of profile picture" large={false} {...form.register('image')} />
        <TextField label="Username" autoComplete="username" {...form.register('username')} />
        <TextAreaField label="Short bio about you" rows={8} {...form.register('bio')} />
        <TextField label="Email" type="email" autoComplete="email" {...form.register('email')} />
        <TextField
          label="New Password"
          type="password"
          autoComplete="new-password"
          {...form.register('password')}
        />
        <button
          type="submit"
          className="btn btn-lg btn-primary pull-right"
          disabled={update.isPending}
        >
          Update Settings
        </button>
      </form>
    </>
  );
}
