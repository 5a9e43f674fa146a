import { Link } from 'react-router';
import { AuthLayout } from '../../auth/auth-layout';
import { RegisterForm } from '../../auth/register-form';
import { PageTitle } from '../../ui/page-title';

export default function RegisterPage() {
  return (
    <AuthLayout title="Sign up" switchLink={<Link to="/login">Have an account?</Link>}>
      <PageTitle>Sign up</PageTitle>
      <RegisterForm />
    </AuthLayout>
  );
}
