import { Foundation1795395917378 } from './1795395917378-foundation.js';
import { ProfileHistoryAndReferences1795400748547 } from './1795400748547-profile-history-and-references.js';
import { Vetting1795402123599 } from './1795402123599-vetting.js';
import { JobPosts1795406578878 } from './1795406578878-job-posts.js';
import { Matching1795418448515 } from './1795418448515-matching.js';
import { CompactMatchCards1795422238801 } from './1795422238801-compact-match-cards.js';
import { Proposals1795422795554 } from './1795422795554-proposals.js';
import { JobSearch1795425090923 } from './1795425090923-job-search.js';
import { OffersContractsMessages1795425716263 } from './1795425716263-offers-contracts-messages.js';
import { JobSearchDocument1795428712735 } from './1795428712735-job-search-document.js';
import { Escrow1795434684712 } from './1795434684712-escrow.js';
import { Payouts1795436457883 } from './1795436457883-payouts.js';
import { Disputes1795437816947 } from './1795437816947-disputes.js';
import { StripeEvents1795443808990 } from './1795443808990-stripe-events.js';
import { Reconciliation1795444444468 } from './1795444444468-reconciliation.js';
import { RetainersTrialsEnding1795449797600 } from './1795449797600-retainers-trials-ending.js';
import { ApprovalsBonusesReminders1795454798708 } from './1795454798708-approvals-bonuses-reminders.js';
import { HandInFiles1795457681408 } from './1795457681408-hand-in-files.js';
import { SecretFreeDeliveryLog1795462000000 } from './1795462000000-secret-free-delivery-log.js';
import { ApprovalCommitments1796326882488 } from './1796326882488-approval-commitments.js';
import { StoredMaskedTexts1796328097189 } from './1796328097189-stored-masked-texts.js';
import { OvernightWorkingDays1796332000000 } from './1796332000000-overnight-working-days.js';
import { Reviews1796348971679 } from './1796348971679-reviews.js';
import { Reputations1796349824718 } from './1796349824718-reputations.js';
import { ReputationInRanking1796350461084 } from './1796350461084-reputation-in-ranking.js';
import { ClientRecord1796356894377 } from './1796356894377-client-record.js';
import { HourlyTime1796359425362 } from './1796359425362-hourly-time.js';
import { HourlyCarry1796360120280 } from './1796360120280-hourly-carry.js';
import { DisputedTime1796367805286 } from './1796367805286-disputed-time.js';
import { HourlyControls1796368579873 } from './1796368579873-hourly-controls.js';
import { SavedCards1796369360470 } from './1796369360470-saved-cards.js';
import { InvoicesAndStatements1796370399832 } from './1796370399832-invoices-and-statements.js';
import { AvailabilityAndLeave1796371336334 } from './1796371336334-availability-and-leave.js';
import { RetainerOverage1796380500113 } from './1796380500113-retainer-overage.js';
import { TimeEntryEvidence1796382728043 } from './1796382728043-time-entry-evidence.js';

/** Every migration in order. New ones: `npm run migration:generate -w @delegate/api -- <Name>`, then list it here. */
export const migrations = [
  Foundation1795395917378,
  ProfileHistoryAndReferences1795400748547,
  Vetting1795402123599,
  JobPosts1795406578878,
  Matching1795418448515,
  CompactMatchCards1795422238801,
  Proposals1795422795554,
  JobSearch1795425090923,
  OffersContractsMessages1795425716263,
  JobSearchDocument1795428712735,
  Escrow1795434684712,
  Payouts1795436457883,
  Disputes1795437816947,
  StripeEvents1795443808990,
  Reconciliation1795444444468,
  RetainersTrialsEnding1795449797600,
  ApprovalsBonusesReminders1795454798708,
  HandInFiles1795457681408,
  SecretFreeDeliveryLog1795462000000,
  ApprovalCommitments1796326882488,
  StoredMaskedTexts1796328097189,
  OvernightWorkingDays1796332000000,
  Reviews1796348971679,
  Reputations1796349824718,
  ReputationInRanking1796350461084,
  ClientRecord1796356894377,
  HourlyTime1796359425362,
  HourlyCarry1796360120280,
  DisputedTime1796367805286,
  HourlyControls1796368579873,
  SavedCards1796369360470,
  InvoicesAndStatements1796370399832,
  AvailabilityAndLeave1796371336334,
  RetainerOverage1796380500113,
  TimeEntryEvidence1796382728043,
];
