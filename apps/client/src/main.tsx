import '@delegate/ui/styles.css';
import { DelegateApp, type NavItem } from '@delegate/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { RouteObject } from 'react-router';

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
const routes: RouteObject[] = [
  { index: true, lazy: () => import('./home/HomePage').then((m) => ({ Component: m.HomePage })) },
  { path: '/jobs', lazy: () => import('./jobs/JobsPage').then((m) => ({ Component: m.JobsPage })) },
  { path: '/jobs/new', lazy: () => import('./jobs/JobEditorPage').then((m) => ({ Component: m.JobEditorPage })) },
  { path: '/jobs/:id', lazy: () => import('./jobs/JobEditorPage').then((m) => ({ Component: m.JobEditorPage })) },
  {
    path: '/jobs/:id/candidates',
    lazy: () => import('./candidates/CandidatesPage').then((m) => ({ Component: m.CandidatesPage })),
  },
  {
    path: '/contracts',
    lazy: () => import('@delegate/ui/pages/contracts/ContractsPage').then((m) => ({ Component: m.ContractsPage })),
  },
  {
    path: '/contracts/:id',
    lazy: () => import('@delegate/ui/pages/contracts/ContractPage').then((m) => ({ Component: m.ContractPage })),
  },
  { path: '/approvals', lazy: () => import('./approvals/ApprovalsPage').then((m) => ({ Component: m.ApprovalsPage })) },
  { path: '/team', lazy: () => import('./team/TeamPage').then((m) => ({ Component: m.TeamPage })) },
  { path: '/billing', lazy: () => import('./billing/BillingPage').then((m) => ({ Component: m.BillingPage })) },
  {
    path: '/reputation',
    lazy: () => import('@delegate/ui/pages/reviews/ReputationPage').then((m) => ({ Component: m.ReputationPage })),
  },
  { path: '/talent', lazy: () => import('./talent/FindTalentPage').then((m) => ({ Component: m.FindTalentPage })) },
  { path: '/vas/:id', lazy: () => import('./talent/VaProfilePage').then((m) => ({ Component: m.VaProfilePage })) },
];

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <DelegateApp app="client" basename="/" navigation={navigation} routes={routes} />
    </StrictMode>,
  );
}
