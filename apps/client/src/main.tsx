import '@delegate/ui/styles.css';
import { ContractPage, ContractsPage, DelegateApp, type NavItem, ReputationPage } from '@delegate/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApprovalsPage } from './approvals/ApprovalsPage';
import { BillingPage } from './billing/BillingPage';
import { CandidatesPage } from './candidates/CandidatesPage';
import { HomePage } from './home/HomePage';
import { JobEditorPage } from './jobs/JobEditorPage';
import { JobsPage } from './jobs/JobsPage';
import { VaProfilePage } from './talent/VaProfilePage';
import { TeamPage } from './team/TeamPage';

const navigation: NavItem[] = [
  { to: '/', label: 'nav.home' },
  { to: '/jobs', label: 'nav.jobs' },
  { to: '/contracts', label: 'nav.contracts' },
  { to: '/approvals', label: 'nav.approvals' },
  { to: '/team', label: 'nav.team' },
  { to: '/billing', label: 'nav.billing' },
  { to: '/reputation', label: 'nav.reputation' },
  { to: '/settings', label: 'nav.settings' },
];

const routes = [
  { index: true, element: <HomePage /> },
  { path: '/jobs', element: <JobsPage /> },
  { path: '/jobs/new', element: <JobEditorPage /> },
  { path: '/jobs/:id', element: <JobEditorPage /> },
  { path: '/jobs/:id/candidates', element: <CandidatesPage /> },
  { path: '/contracts', element: <ContractsPage /> },
  { path: '/contracts/:id', element: <ContractPage /> },
  { path: '/approvals', element: <ApprovalsPage /> },
  { path: '/team', element: <TeamPage /> },
  { path: '/billing', element: <BillingPage /> },
  { path: '/reputation', element: <ReputationPage /> },
  { path: '/vas/:id', element: <VaProfilePage /> },
];

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <DelegateApp app="client" basename="/" navigation={navigation} routes={routes} />
    </StrictMode>,
  );
}
