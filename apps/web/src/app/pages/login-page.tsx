import { Link } from 'react-router';
import { AuthLayout } from '../../auth/auth-layout';
import { LoginForm } from '../../auth/login-form';
import { PageTitle } from '../../ui/page-title';

export default function LoginPage() {
  return (
    <AuthLayout title="Sign in" switchLink={<Link to="/register">Need an account?</Link>}>
      <PageTitle>Sign in</PageTitle>
      <LoginForm />
    </AuthLayout>
  );
}
