import '@delegate/ui/styles.css';
import { DelegateApp, type NavItem, type PageRoute } from '@delegate/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

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
const pages: PageRoute[] = [
  { index: true, page: () => import('./home/HomePage').then((m) => m.HomePage) },
  {
    path: '/vetting',
    page: () => import('./vetting/VettingQueuePage').then((m) => m.VettingQueuePage),
  },
  {
    path: '/vetting/:id',
    page: () => import('./vetting/ApplicationReviewPage').then((m) => m.ApplicationReviewPage),
  },
  { path: '/funnel', page: () => import('./vetting/FunnelPage').then((m) => m.FunnelPage) },
  {
    path: '/time-to-candidates',
    page: () => import('./matching/TimeToCandidatesPage').then((m) => m.TimeToCandidatesPage),
  },
  { path: '/tests', page: () => import('./test-bank/TestBankPage').then((m) => m.TestBankPage) },
  {
    path: '/tests/new',
    page: () => import('./test-bank/TestEditorPage').then((m) => m.TestEditorPage),
  },
  {
    path: '/tests/:id',
    page: () => import('./test-bank/TestEditorPage').then((m) => m.TestEditorPage),
  },
  { path: '/disputes', page: () => import('./disputes/DisputesPage').then((m) => m.DisputesPage) },
  { path: '/disputes/:id', page: () => import('./disputes/DisputePage').then((m) => m.DisputePage) },
  {
    path: '/reviews',
    page: () => import('./reviews/ReportedReviewsPage').then((m) => m.ReportedReviewsPage),
  },
  { path: '/approvals', page: () => import('./approvals/ApprovalsPage').then((m) => m.ApprovalsPage) },
  { path: '/ledger', page: () => import('./ledger/LedgerPage').then((m) => m.LedgerPage) },
  {
    path: '/reconciliation',
    page: () => import('./reconciliation/ReconciliationPage').then((m) => m.ReconciliationPage),
  },
  { path: '/outbox', page: () => import('./outbox/OutboxPage').then((m) => m.OutboxPage) },
  { path: '/audit', page: () => import('./audit/AuditPage').then((m) => m.AuditPage) },
  { path: '/staff', page: () => import('./staff/StaffPage').then((m) => m.StaffPage) },
  {
    path: '/reputation',
    page: () => import('@delegate/ui/pages/reviews/ReputationPage').then((m) => m.ReputationPage),
  },
];

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <DelegateApp app="ops" basename="/ops" navigation={navigation} pages={pages} />
    </StrictMode>,
  );
}
