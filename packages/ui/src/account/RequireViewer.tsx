import { Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Navigate, useLocation } from 'react-router';
import { useApp } from '../app-context';
import { ErrorState } from '../layout/ErrorState';
import { useViewer } from './use-viewer';

/** Renders its children for a signed-in account of this app; otherwise sends to sign-in. */
export function RequireViewer({ children }: { children: ReactNode }) {
  const intl = useIntl();
  const app = useApp();
  const location = useLocation();
  const { viewer, loading, error, refetch } = useViewer();
  if (loading) {
    return (
      <Center h="60vh">
        <Loader aria-label={intl.formatMessage({ id: 'common.loading' })} />
      </Center>
    );
  }
  if (error && !viewer) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!viewer || viewer.kind !== app.accountKind) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?next=${next}`} replace />;
  }
  return <>{children}</>;
}
