import { ApprovalCommitmentEntity } from '../modules/approvals/entities/approval-commitment.entity.js';
import { ApprovalPolicyEntity } from '../modules/approvals/entities/approval-policy.entity.js';
import { ApprovalRequestEntity } from '../modules/approvals/entities/approval-request.entity.js';
import { AuditEntryEntity } from '../modules/audit/entities/audit-entry.entity.js';
import { BillingProfileEntity } from '../modules/billing/entities/billing-profile.entity.js';
import { PayeeProfileEntity } from '../modules/billing/entities/payee-profile.entity.js';
import { SavedCardEntity } from '../modules/billing/entities/saved-card.entity.js';
import { ContractEntity } from '../modules/contracts/entities/contract.entity.js';
import { ContractEventEntity } from '../modules/contracts/entities/contract-event.entity.js';
import { ContractMilestoneEntity } from '../modules/contracts/entities/contract-milestone.entity.js';
import { HandInFileEntity } from '../modules/contracts/entities/hand-in-file.entity.js';
import { OfferEntity } from '../modules/contracts/entities/offer.entity.js';
import { DisputeEntity } from '../modules/disputes/entities/dispute.entity.js';
import { MilestonePaymentEntity } from '../modules/escrow/entities/milestone-payment.entity.js';
import { FreelancerLanguageEntity } from '../modules/freelancers/entities/freelancer-language.entity.js';
import { FreelancerProfileEntity } from '../modules/freelancers/entities/freelancer-profile.entity.js';
import { FreelancerReferenceEntity } from '../modules/freelancers/entities/freelancer-reference.entity.js';
import { FreelancerSkillEntity } from '../modules/freelancers/entities/freelancer-skill.entity.js';
import { ResumeEntity } from '../modules/freelancers/entities/resume.entity.js';
import { SkillEntity } from '../modules/freelancers/entities/skill.entity.js';
import { OrganizationMemberEntity } from '../modules/identity/entities/organization-member.entity.js';
import { PasswordResetTokenEntity } from '../modules/identity/entities/password-reset-token.entity.js';
import { SessionEntity } from '../modules/identity/entities/session.entity.js';
import { UserEntity } from '../modules/identity/entities/user.entity.js';
import { BillingDocumentEntity } from '../modules/invoicing/entities/billing-document.entity.js';
import { BillingDocumentLineEntity } from '../modules/invoicing/entities/billing-document-line.entity.js';
import { DocumentCounterEntity } from '../modules/invoicing/entities/document-counter.entity.js';
import { JobPostEntity } from '../modules/jobs/entities/job-post.entity.js';
import { JobPostLanguageEntity } from '../modules/jobs/entities/job-post-language.entity.js';
import { JobPostSkillEntity } from '../modules/jobs/entities/job-post-skill.entity.js';
import { OutboxEmailEntity } from '../modules/mail/entities/outbox-email.entity.js';
import { JobMatchEntity } from '../modules/matching/entities/job-match.entity.js';
import { JobRankingEntity } from '../modules/matching/entities/job-ranking.entity.js';
import { MatchCardEntity } from '../modules/matching/entities/match-card.entity.js';
import { MatchCardTextEntity } from '../modules/matching/entities/match-card-text.entity.js';
import { JobMessageEntity } from '../modules/messages/entities/job-message.entity.js';
import { FxRateEntity } from '../modules/money/entities/fx-rate.entity.js';
import { LedgerPostingEntity } from '../modules/money/ledger/ledger-posting.entity.js';
import { LedgerTransactionEntity } from '../modules/money/ledger/ledger-transaction.entity.js';
import { OrganizationEntity } from '../modules/organizations/entities/organization.entity.js';
import { OrganizationInvitationEntity } from '../modules/organizations/entities/organization-invitation.entity.js';
import { PaymentOperationEntity } from '../modules/payments/entities/payment-operation.entity.js';
import { SandboxObjectEntity } from '../modules/payments/sandbox-object.entity.js';
import { PayoutAccountEntity } from '../modules/payouts/entities/payout-account.entity.js';
import { ProposalEntity } from '../modules/proposals/entities/proposal.entity.js';
import { ReconciliationDifferenceEntity } from '../modules/reconciliation/entities/reconciliation-difference.entity.js';
import { ReconciliationRunEntity } from '../modules/reconciliation/entities/reconciliation-run.entity.js';
import { ReputationEntity } from '../modules/reviews/entities/reputation.entity.js';
import { ReviewEntity } from '../modules/reviews/entities/review.entity.js';
import { ReviewCycleEntity } from '../modules/reviews/entities/review-cycle.entity.js';
import { ReviewReportEntity } from '../modules/reviews/entities/review-report.entity.js';
import { TimeEntryEntity } from '../modules/timesheets/entities/time-entry.entity.js';
import { TimesheetEntity } from '../modules/timesheets/entities/timesheet.entity.js';
import { FreelancerBadgeEntity } from '../modules/vetting/entities/freelancer-badge.entity.js';
import { InterviewSlotEntity } from '../modules/vetting/entities/interview-slot.entity.js';
import { SkillTestEntity } from '../modules/vetting/entities/skill-test.entity.js';
import {
  SkillTestAnswerEntity,
  SkillTestAttemptEntity,
} from '../modules/vetting/entities/skill-test-attempt.entity.js';
import { SkillTestQuestionEntity } from '../modules/vetting/entities/skill-test-question.entity.js';
import { VettingApplicationEntity } from '../modules/vetting/entities/vetting-application.entity.js';
import { VettingEventEntity } from '../modules/vetting/entities/vetting-event.entity.js';
import { StripeEventEntity } from '../modules/webhooks/stripe-event.entity.js';
import { RateLimitCounterEntity } from '../platform/rate-limit/rate-limit-counter.entity.js';

/** Every TypeORM entity, listed once so the app, the CLI and the tests agree. */
export const entities = [
  ApprovalCommitmentEntity,
  ApprovalPolicyEntity,
  ApprovalRequestEntity,
  AuditEntryEntity,
  BillingProfileEntity,
  PayeeProfileEntity,
  SavedCardEntity,
  FreelancerBadgeEntity,
  FxRateEntity,
  FreelancerLanguageEntity,
  FreelancerProfileEntity,
  FreelancerReferenceEntity,
  FreelancerSkillEntity,
  InterviewSlotEntity,
  JobPostEntity,
  JobPostLanguageEntity,
  JobPostSkillEntity,
  JobMatchEntity,
  JobRankingEntity,
  MatchCardEntity,
  MatchCardTextEntity,
  ProposalEntity,
  OfferEntity,
  ContractEntity,
  ContractMilestoneEntity,
  ContractEventEntity,
  HandInFileEntity,
  MilestonePaymentEntity,
  DisputeEntity,
  BillingDocumentEntity,
  BillingDocumentLineEntity,
  DocumentCounterEntity,
  ReviewCycleEntity,
  TimesheetEntity,
  TimeEntryEntity,
  ReputationEntity,
  ReviewEntity,
  ReviewReportEntity,
  PaymentOperationEntity,
  LedgerTransactionEntity,
  LedgerPostingEntity,
  SandboxObjectEntity,
  StripeEventEntity,
  ReconciliationRunEntity,
  ReconciliationDifferenceEntity,
  PayoutAccountEntity,
  JobMessageEntity,
  OrganizationEntity,
  OrganizationInvitationEntity,
  OrganizationMemberEntity,
  OutboxEmailEntity,
  PasswordResetTokenEntity,
  RateLimitCounterEntity,
  ResumeEntity,
  SessionEntity,
  SkillEntity,
  SkillTestAnswerEntity,
  SkillTestAttemptEntity,
  SkillTestEntity,
  SkillTestQuestionEntity,
  UserEntity,
  VettingApplicationEntity,
  VettingEventEntity,
];
