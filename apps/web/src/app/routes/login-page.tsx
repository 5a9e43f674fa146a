import { Link } from 'react-router';
import { AuthLayout } from '../../auth/auth-layout';
import { LoginForm } from '../../auth/login-form';

export default function LoginPage() {
  return (
    <AuthLayout title="Sign in" switchLink={<Link to="/register">Need an account?</Link>}>
      <LoginForm />
    </AuthLayout>
  );
}
