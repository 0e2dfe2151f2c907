import '@delegate/ui/styles.css';
import { ContractPage, ContractsPage, DelegateApp, type NavItem, ReputationPage } from '@delegate/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApplicationPage } from './application/ApplicationPage';
import { EarningsPage } from './earnings/EarningsPage';
import { HomePage } from './home/HomePage';
import { JobPage } from './jobs/JobPage';
import { JobsPage } from './jobs/JobsPage';
import { PayoutsPage } from './payouts/PayoutsPage';
import { SandboxOnboardingPage } from './payouts/SandboxOnboardingPage';
import { ProfilePage } from './profile/ProfilePage';
import { ProposalsPage } from './proposals/ProposalsPage';

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

const routes = [
  { index: true, element: <HomePage /> },
  { path: '/jobs', element: <JobsPage /> },
  { path: '/jobs/:id', element: <JobPage /> },
  { path: '/proposals', element: <ProposalsPage /> },
  { path: '/contracts', element: <ContractsPage /> },
  { path: '/contracts/:id', element: <ContractPage /> },
  { path: '/payouts', element: <PayoutsPage /> },
  { path: '/earnings', element: <EarningsPage /> },
  { path: '/payouts/sandbox-onboarding', element: <SandboxOnboardingPage /> },
  { path: '/profile', element: <ProfilePage /> },
  { path: '/application', element: <ApplicationPage /> },
  { path: '/reputation', element: <ReputationPage /> },
];

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <DelegateApp app="freelancer" basename="/freelancer" navigation={navigation} routes={routes} />
    </StrictMode>,
  );
}
