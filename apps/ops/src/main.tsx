import '@delegate/ui/styles.css';
import { DelegateApp, type NavItem, ReputationPage } from '@delegate/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApprovalsPage } from './approvals/ApprovalsPage';
import { AuditPage } from './audit/AuditPage';
import { DisputePage } from './disputes/DisputePage';
import { DisputesPage } from './disputes/DisputesPage';
import { HomePage } from './home/HomePage';
import { LedgerPage } from './ledger/LedgerPage';
import { TimeToCandidatesPage } from './matching/TimeToCandidatesPage';
import { OutboxPage } from './outbox/OutboxPage';
import { ReconciliationPage } from './reconciliation/ReconciliationPage';
import { ReportedReviewsPage } from './reviews/ReportedReviewsPage';
import { StaffPage } from './staff/StaffPage';
import { TestBankPage } from './test-bank/TestBankPage';
import { TestEditorPage } from './test-bank/TestEditorPage';
import { ApplicationReviewPage } from './vetting/ApplicationReviewPage';
import { FunnelPage } from './vetting/FunnelPage';
import { VettingQueuePage } from './vetting/VettingQueuePage';

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

const routes = [
  { index: true, element: <HomePage /> },
  { path: '/vetting', element: <VettingQueuePage /> },
  { path: '/vetting/:id', element: <ApplicationReviewPage /> },
  { path: '/funnel', element: <FunnelPage /> },
  { path: '/time-to-candidates', element: <TimeToCandidatesPage /> },
  { path: '/tests', element: <TestBankPage /> },
  { path: '/tests/new', element: <TestEditorPage /> },
  { path: '/tests/:id', element: <TestEditorPage /> },
  { path: '/disputes', element: <DisputesPage /> },
  { path: '/disputes/:id', element: <DisputePage /> },
  { path: '/reviews', element: <ReportedReviewsPage /> },
  { path: '/approvals', element: <ApprovalsPage /> },
  { path: '/ledger', element: <LedgerPage /> },
  { path: '/reconciliation', element: <ReconciliationPage /> },
  { path: '/outbox', element: <OutboxPage /> },
  { path: '/audit', element: <AuditPage /> },
  { path: '/staff', element: <StaffPage /> },
  { path: '/reputation', element: <ReputationPage /> },
];

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <DelegateApp app="ops" basename="/ops" navigation={navigation} routes={routes} />
    </StrictMode>,
  );
}
