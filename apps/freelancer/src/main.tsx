import '@delegate/ui/styles.css';
import { DelegateApp, type NavItem, type PageRoute } from '@delegate/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

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
const pages: PageRoute[] = [
  { index: true, page: () => import('./home/HomePage').then((m) => m.HomePage) },
  { path: '/jobs', page: () => import('./jobs/JobsPage').then((m) => m.JobsPage) },
  { path: '/jobs/:id', page: () => import('./jobs/JobPage').then((m) => m.JobPage) },
  { path: '/proposals', page: () => import('./proposals/ProposalsPage').then((m) => m.ProposalsPage) },
  {
    path: '/contracts',
    page: () => import('@delegate/ui/pages/contracts/ContractsPage').then((m) => m.ContractsPage),
  },
  {
    path: '/contracts/:id',
    page: () => import('@delegate/ui/pages/contracts/ContractPage').then((m) => m.ContractPage),
  },
  { path: '/payouts', page: () => import('./payouts/PayoutsPage').then((m) => m.PayoutsPage) },
  { path: '/earnings', page: () => import('./earnings/EarningsPage').then((m) => m.EarningsPage) },
  {
    path: '/payouts/sandbox-onboarding',
    page: () => import('./payouts/SandboxOnboardingPage').then((m) => m.SandboxOnboardingPage),
  },
  { path: '/profile', page: () => import('./profile/ProfilePage').then((m) => m.ProfilePage) },
  {
    path: '/application',
    page: () => import('./application/ApplicationPage').then((m) => m.ApplicationPage),
  },
  {
    path: '/reputation',
    page: () => import('@delegate/ui/pages/reviews/ReputationPage').then((m) => m.ReputationPage),
  },
];

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <DelegateApp app="freelancer" basename="/freelancer" navigation={navigation} pages={pages} />
    </StrictMode>,
  );
}
