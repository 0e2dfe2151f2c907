import '@delegate/ui/styles.css';
import { DelegateApp, type NavItem } from '@delegate/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { RouteObject } from 'react-router';

const isAdmin = (viewer: { opsRole?: string | null }) => viewer.opsRole === 'ADMIN';

const navigation: NavItem[] = [
  { to: '/', label: 'nav.home' },
  { to: '/vetting', label: 'nav.vetting' },
  { to: '/funnel', label: 'nav.funnel' },
  { to: '/time-to-candidates', label: 'nav.timeToCandidates' },
  { to: '/tests', label: 'nav.tests' },
  { to: '/disputes', label: 'nav.disputes' },
  { to: '/reviews', label: 'nav.reportedReviews' },
  { to: '/approvals', label: 'nav.approvals' },
  { to: '/ledger', label: 'nav.ledger' },
  { to: '/reconciliation', label: 'nav.reconciliation' },
  { to: '/outbox', label: 'nav.outbox', visible: isAdmin },
  { to: '/audit', label: 'nav.audit', visible: isAdmin },
  { to: '/staff', label: 'nav.staff', visible: isAdmin },
  { to: '/reputation', label: 'nav.reputation' },
  { to: '/settings', label: 'nav.settings' },
];

/** Each page is a download of its own, fetched when it is first visited. */
const routes: RouteObject[] = [
  { index: true, lazy: () => import('./home/HomePage').then((m) => ({ Component: m.HomePage })) },
  {
    path: '/vetting',
    lazy: () => import('./vetting/VettingQueuePage').then((m) => ({ Component: m.VettingQueuePage })),
  },
  {
    path: '/vetting/:id',
    lazy: () => import('./vetting/ApplicationReviewPage').then((m) => ({ Component: m.ApplicationReviewPage })),
  },
  { path: '/funnel', lazy: () => import('./vetting/FunnelPage').then((m) => ({ Component: m.FunnelPage })) },
  {
    path: '/time-to-candidates',
    lazy: () => import('./matching/TimeToCandidatesPage').then((m) => ({ Component: m.TimeToCandidatesPage })),
  },
  { path: '/tests', lazy: () => import('./test-bank/TestBankPage').then((m) => ({ Component: m.TestBankPage })) },
  {
    path: '/tests/new',
    lazy: () => import('./test-bank/TestEditorPage').then((m) => ({ Component: m.TestEditorPage })),
  },
  {
    path: '/tests/:id',
    lazy: () => import('./test-bank/TestEditorPage').then((m) => ({ Component: m.TestEditorPage })),
  },
  { path: '/disputes', lazy: () => import('./disputes/DisputesPage').then((m) => ({ Component: m.DisputesPage })) },
  { path: '/disputes/:id', lazy: () => import('./disputes/DisputePage').then((m) => ({ Component: m.DisputePage })) },
  {
    path: '/reviews',
    lazy: () => import('./reviews/ReportedReviewsPage').then((m) => ({ Component: m.ReportedReviewsPage })),
  },
  { path: '/approvals', lazy: () => import('./approvals/ApprovalsPage').then((m) => ({ Component: m.ApprovalsPage })) },
  { path: '/ledger', lazy: () => import('./ledger/LedgerPage').then((m) => ({ Component: m.LedgerPage })) },
  {
    path: '/reconciliation',
    lazy: () => import('./reconciliation/ReconciliationPage').then((m) => ({ Component: m.ReconciliationPage })),
  },
  { path: '/outbox', lazy: () => import('./outbox/OutboxPage').then((m) => ({ Component: m.OutboxPage })) },
  { path: '/audit', lazy: () => import('./audit/AuditPage').then((m) => ({ Component: m.AuditPage })) },
  { path: '/staff', lazy: () => import('./staff/StaffPage').then((m) => ({ Component: m.StaffPage })) },
  {
    path: '/reputation',
    lazy: () => import('@delegate/ui/pages/reviews/ReputationPage').then((m) => ({ Component: m.ReputationPage })),
  },
];

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <DelegateApp app="ops" basename="/ops" navigation={navigation} routes={routes} />
    </StrictMode>,
  );
}
