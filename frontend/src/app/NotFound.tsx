import { Compass } from 'lucide-react';
import { usePageTitle } from '../lib/usePageTitle';
import { ButtonLink } from '../ui/Button';
import { EmptyState } from '../ui/States';

export default function NotFound() {
  usePageTitle('Page not found');
  return (
    <div className="card">
      <EmptyState
        icon={<Compass size={22} />}
        title={<span data-page-title>We couldn’t find that page</span>}
        action={
          <ButtonLink to="/" variant="primary">
            Back to your dashboard
          </ButtonLink>
        }
      >
        The link may be out of date, or the page may not be available for your role.
      </EmptyState>
    </div>
  );
}
