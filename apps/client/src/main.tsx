import '@delegate/ui/styles.css';
import { DelegateApp, type NavItem, type PageRoute } from '@delegate/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const navigation: NavItem[] = [
  { to: '/', label: 'nav.home' },
  { to: '/jobs', label: 'nav.jobs' },
  { to: '/talent', label: 'nav.talent' },
  { to: '/contracts', label: 'nav.contracts' },
  { to: '/approvals', label: 'nav.approvals' },
  { to: '/team', label: 'nav.team' },
  { to: '/billing', label: 'nav.billing' },
  { to: '/reputation', label: 'nav.reputation' },
  { to: '/settings', label: 'nav.settings' },
];

/** Each page is a download of its own, fetched when it is first visited. */
const pages: PageRoute[] = [
  { index: true, page: () => import('./home/HomePage').then((m) => m.HomePage) },
  { path: '/jobs', page: () => import('./jobs/JobsPage').then((m) => m.JobsPage) },
  { path: '/jobs/new', page: () => import('./jobs/JobEditorPage').then((m) => m.JobEditorPage) },
  { path: '/jobs/:id', page: () => import('./jobs/JobEditorPage').then((m) => m.JobEditorPage) },
  {
    path: '/jobs/:id/candidates',
    page: () => import('./candidates/CandidatesPage').then((m) => m.CandidatesPage),
  },
  {
    path: '/contracts',
    page: () => import('@delegate/ui/pages/contracts/ContractsPage').then((m) => m.ContractsPage),
  },
  {
    path: '/contracts/:id',
    page: () => import('@delegate/ui/pages/contracts/ContractPage').then((m) => m.ContractPage),
  },
  { path: '/approvals', page: () => import('./approvals/ApprovalsPage').then((m) => m.ApprovalsPage) },
  { path: '/team', page: () => import('./team/TeamPage').then((m) => m.TeamPage) },
  { path: '/billing', page: () => import('./billing/BillingPage').then((m) => m.BillingPage) },
  {
    path: '/reputation',
    page: () => import('@delegate/ui/pages/reviews/ReputationPage').then((m) => m.ReputationPage),
  },
  { path: '/talent', page: () => import('./talent/FindTalentPage').then((m) => m.FindTalentPage) },
  { path: '/vas/:id', page: () => import('./talent/VaProfilePage').then((m) => m.VaProfilePage) },
];

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <DelegateApp app="client" basename="/" navigation={navigation} pages={pages} />
    </StrictMode>,
  );
}
