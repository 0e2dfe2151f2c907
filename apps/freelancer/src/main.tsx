import '@delegate/ui/styles.css';
import { DelegateApp, type NavItem } from '@delegate/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { RouteObject } from 'react-router';

const navigation: NavItem[] = [
  { to: '/', label: 'nav.home' },
  { to: '/jobs', label: 'nav.jobs' },
  { to: '/proposals', label: 'nav.proposals' },
  { to: '/contracts', label: 'nav.contracts' },
  { to: '/payouts', label: 'nav.payouts' },
  { to: '/earnings', label: 'nav.earnings' },
  { to: '/profile', label: 'nav.profile' },
  { to: '/application', label: 'nav.application' },
  { to: '/reputation', label: 'nav.reputation' },
  { to: '/settings', label: 'nav.settings' },
];

/** Each page is a download of its own, fetched when it is first visited. */
const routes: RouteObject[] = [
  { index: true, lazy: () => import('./home/HomePage').then((m) => ({ Component: m.HomePage })) },
  { path: '/jobs', lazy: () => import('./jobs/JobsPage').then((m) => ({ Component: m.JobsPage })) },
  { path: '/jobs/:id', lazy: () => import('./jobs/JobPage').then((m) => ({ Component: m.JobPage })) },
  { path: '/proposals', lazy: () => import('./proposals/ProposalsPage').then((m) => ({ Component: m.ProposalsPage })) },
  {
    path: '/contracts',
    lazy: () => import('@delegate/ui/pages/contracts/ContractsPage').then((m) => ({ Component: m.ContractsPage })),
  },
  {
    path: '/contracts/:id',
    lazy: () => import('@delegate/ui/pages/contracts/ContractPage').then((m) => ({ Component: m.ContractPage })),
  },
  { path: '/payouts', lazy: () => import('./payouts/PayoutsPage').then((m) => ({ Component: m.PayoutsPage })) },
  { path: '/earnings', lazy: () => import('./earnings/EarningsPage').then((m) => ({ Component: m.EarningsPage })) },
  {
    path: '/payouts/sandbox-onboarding',
    lazy: () => import('./payouts/SandboxOnboardingPage').then((m) => ({ Component: m.SandboxOnboardingPage })),
  },
  { path: '/profile', lazy: () => import('./profile/ProfilePage').then((m) => ({ Component: m.ProfilePage })) },
  {
    path: '/application',
    lazy: () => import('./application/ApplicationPage').then((m) => ({ Component: m.ApplicationPage })),
  },
  {
    path: '/reputation',
    lazy: () => import('@delegate/ui/pages/reviews/ReputationPage').then((m) => ({ Component: m.ReputationPage })),
  },
];

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <DelegateApp app="freelancer" basename="/freelancer" navigation={navigation} routes={routes} />
    </StrictMode>,
  );
}
