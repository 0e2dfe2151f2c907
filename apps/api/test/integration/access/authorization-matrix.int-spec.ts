import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { expectAuthorization, type MatrixCase } from '../../support/authorization-matrix.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';

const everyone = [
  'anonymous',
  'freelancer',
  'otherFreelancer',
  'clientOwner',
  'clientHiringManager',
  'otherClient',
  'opsVetter',
  'opsAdmin',
] as const;
const signedIn = everyone.filter((actor) => actor !== 'anonymous');
const clients = ['clientOwner', 'clientHiringManager', 'otherClient'] as const;
const clientAdmins = ['clientOwner', 'otherClient'] as const;
/** Members who hire: every client actor here (finance members are left out by the policy's unit test). */
const hiring = clients;
const ops = ['opsVetter', 'opsAdmin'] as const;
const freelancers = ['freelancer', 'otherFreelancer'] as const;

/** An id that matches nothing: access is decided before the object is looked up. */
const NO_ID = '00000000-0000-4000-8000-000000000000';

/** Every operation, as every actor. Features append their own cases. */
const cases: Record<string, MatrixCase> = {
  me: { operation: '{ me { id } }', allowed: everyone },
  updateAccount: {
    operation: 'mutation { updateAccount(input: { displayName: "Renamed" }) { id } }',
    allowed: signedIn,
  },
  changePassword: {
    operation:
      'mutation { changePassword(input: { currentPassword: "matrix password 1", newPassword: "another password 2" }) }',
    allowed: signedIn,
  },
  signOutEverywhere: { operation: 'mutation { signOutEverywhere }', allowed: signedIn },
  signOut: { operation: 'mutation { signOut }', allowed: everyone },
  requestPasswordReset: {
    operation: 'mutation { requestPasswordReset(input: { email: "nobody@example.test" }) }',
    allowed: everyone,
  },
  resetPassword: {
    operation:
      'mutation { resetPassword(input: { token: "xxxxxxxxxxxxxxxxxxxxxxxxxxxx", newPassword: "long enough 123" }) }',
    allowed: everyone,
  },
  signIn: {
    operation:
      'mutation { signIn(input: { email: "nobody@example.test", password: "x", accountKind: CLIENT }) { id } }',
    allowed: everyone,
  },
  signUpClient: {
    operation: `mutation($email: String!) { signUpClient(input: { email: $email, password: "long enough 123",
      displayName: "New", organizationName: "New Co" }) { id } }`,
    variables: (_actors, actor) => ({ email: `signup-client-${actor}@example.test` }),
    allowed: everyone,
  },
  signUpFreelancer: {
    operation: `mutation($email: String!) { signUpFreelancer(input: { email: $email, password: "long enough 123",
      displayName: "New" }) { id } }`,
    variables: (_actors, actor) => ({ email: `signup-va-${actor}@example.test` }),
    allowed: everyone,
  },
  createOpsAccount: {
    operation:
      'mutation($email: String!) { createOpsAccount(input: { email: $email, displayName: "Op", opsRole: VETTER }) { id } }',
    variables: (_actors, actor) => ({ email: `new-ops-${actor}@example.test` }),
    allowed: ['opsAdmin'],
  },
  myOrganization: { operation: '{ myOrganization { id members { userId } } }', allowed: clients },
  inviteMember: {
    operation: 'mutation($email: String!) { inviteMember(input: { email: $email, role: HIRING_MANAGER }) { id } }',
    variables: (_actors, actor) => ({ email: `invitee-${actor}@example.test` }),
    allowed: clientAdmins,
  },
  updateOrganization: {
    operation: 'mutation { updateOrganization(input: { name: "Renamed Shop", country: "FI" }) }',
    allowed: clientAdmins,
  },
  revokeInvitation: {
    operation: 'mutation { revokeInvitation(id: "00000000-0000-4000-8000-000000000000") }',
    allowed: clientAdmins,
  },
  invitation: { operation: '{ invitation(token: "xxxxxxxxxxxxxxxxxxxxxxxxxxxx") { email } }', allowed: everyone },
  outboxEmails: { operation: '{ outboxEmails { totalCount } }', allowed: ['opsAdmin'] },
  auditLog: { operation: '{ auditLog { totalCount } }', allowed: ['opsAdmin'] },
  skills: { operation: '{ skills { id } }', allowed: signedIn },
  myFreelancerProfile: { operation: '{ myFreelancerProfile { headline } }', allowed: freelancers },
  saveFreelancerProfile: {
    operation: `mutation { saveFreelancerProfile(input: { headline: "", bio: "", currency: "USD", weeklyCapacityHours: 10,
      workStartMinute: 540, workEndMinute: 1020, skills: [], languages: [] }) { headline } }`,
    allowed: freelancers,
  },
  myVettingApplication: { operation: '{ myVettingApplication { id } }', allowed: freelancers },
  submitVettingApplication: { operation: 'mutation { submitVettingApplication { id } }', allowed: freelancers },
  startSkillTest: { operation: `mutation { startSkillTest(attemptId: "${NO_ID}") { id } }`, allowed: freelancers },
  answerSkillTestQuestion: {
    operation: `mutation { answerSkillTestQuestion(input: { attemptId: "${NO_ID}", questionId: "${NO_ID}", choice: 0 }) { questionId } }`,
    allowed: freelancers,
  },
  submitSkillTest: { operation: `mutation { submitSkillTest(attemptId: "${NO_ID}") { id } }`, allowed: freelancers },
  bookInterviewSlot: { operation: `mutation { bookInterviewSlot(slotId: "${NO_ID}") { id } }`, allowed: freelancers },
  vettingStages: { operation: '{ vettingStages { stage } }', allowed: ops },
  vettingStageSummaries: { operation: '{ vettingStageSummaries { stage } }', allowed: ops },
  vettingQueue: { operation: '{ vettingQueue { totalCount } }', allowed: ops },
  vettingApplication: { operation: `{ vettingApplication(id: "${NO_ID}") { id } }`, allowed: ops },
  vettingFunnel: {
    operation: '{ vettingFunnel(from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00Z") { submitted } }',
    allowed: ops,
  },
  claimVettingApplication: { operation: `mutation { claimVettingApplication(id: "${NO_ID}") { id } }`, allowed: ops },
  advanceVettingApplication: {
    operation: `mutation { advanceVettingApplication(input: { applicationId: "${NO_ID}", scorecard: [] }) { id } }`,
    allowed: ops,
  },
  returnVettingApplication: {
    operation: `mutation { returnVettingApplication(input: { applicationId: "${NO_ID}", request: "Please add a reference." }) { id } }`,
    allowed: ops,
  },
  rejectVettingApplication: {
    operation: `mutation { rejectVettingApplication(input: { applicationId: "${NO_ID}", reason: "Not enough experience." }) { id } }`,
    allowed: ops,
  },
  approveVettingApplication: {
    operation: `mutation { approveVettingApplication(input: { applicationId: "${NO_ID}" }) { id } }`,
    allowed: ops,
  },
  reopenVettingApplication: {
    operation: `mutation { reopenVettingApplication(input: { applicationId: "${NO_ID}", reason: "Document expired." }) { id } }`,
    allowed: ['opsAdmin'],
  },
  proposeInterviewSlots: {
    operation: `mutation { proposeInterviewSlots(input: { applicationId: "${NO_ID}", startTimes: ["2030-01-01T10:00:00Z"],
      meetingUrl: "https://meet.example/x" }) { id } }`,
    allowed: ops,
  },
  skillTests: { operation: '{ skillTests { id } }', allowed: ops },
  skillTest: { operation: `{ skillTest(id: "${NO_ID}") { id } }`, allowed: ops },
  saveSkillTest: {
    operation: `mutation { saveSkillTest(input: { skillId: "${NO_ID}", title: "Test", timeLimitMinutes: 10, passPercent: 70,
      questions: [{ kind: PRACTICAL, prompt: "Do it", rubric: [{ criterion: "Done", maxPoints: 1 }] }] }) { id } }`,
    allowed: ops,
  },
  assignSkillTest: {
    operation: `mutation { assignSkillTest(applicationId: "${NO_ID}", testId: "${NO_ID}") { id } }`,
    allowed: ops,
  },
  gradeSkillTestAttempt: {
    operation: `mutation { gradeSkillTestAttempt(input: { attemptId: "${NO_ID}", grades: [] }) { id } }`,
    allowed: ops,
  },
  myJobPosts: { operation: '{ myJobPosts { totalCount } }', allowed: clients },
  jobPost: { operation: `{ jobPost(id: "${NO_ID}") { id } }`, allowed: clients },
  saveJobPost: { operation: 'mutation { saveJobPost(input: { title: "Draft" }) { id } }', allowed: clients },
  publishJobPost: { operation: `mutation { publishJobPost(id: "${NO_ID}") { id } }`, allowed: clients },
  pauseJobPost: { operation: `mutation { pauseJobPost(id: "${NO_ID}") { id } }`, allowed: clients },
  resumeJobPost: { operation: `mutation { resumeJobPost(id: "${NO_ID}") { id } }`, allowed: clients },
  closeJobPost: { operation: `mutation { closeJobPost(id: "${NO_ID}") { id } }`, allowed: clients },
  renewJobPost: { operation: `mutation { renewJobPost(id: "${NO_ID}") { id } }`, allowed: clients },
  jobMatches: { operation: `{ jobMatches(jobId: "${NO_ID}") { totalCount } }`, allowed: clients },
  searchTalent: { operation: '{ searchTalent(search: {}) { totalCount } }', allowed: hiring },
  inviteToJob: {
    operation: `mutation { inviteToJob(jobId: "${NO_ID}", freelancerId: "${NO_ID}") { rank } }`,
    allowed: hiring,
  },
  submitProposal: {
    operation: `mutation { submitProposal(input: { jobId: "${NO_ID}", coverLetter: "${'I would like to help. '.repeat(3)}",
      amountMinor: 1500, availableFrom: "2099-01-04" }) { id } }`,
    allowed: freelancers,
  },
  withdrawProposal: { operation: `mutation { withdrawProposal(id: "${NO_ID}") { id } }`, allowed: freelancers },
  myProposals: { operation: '{ myProposals { totalCount } }', allowed: freelancers },
  jobProposals: { operation: `{ jobProposals(jobId: "${NO_ID}") { totalCount } }`, allowed: clients },
  jobListing: { operation: `{ jobListing(id: "${NO_ID}") { id } }`, allowed: freelancers },
  searchJobListings: { operation: '{ searchJobListings(query: "support") { totalCount } }', allowed: freelancers },
  jobFeed: { operation: '{ jobFeed { totalCount } }', allowed: freelancers },
  myJobMatch: { operation: `{ myJobMatch(jobId: "${NO_ID}") { rank } }`, allowed: freelancers },
  myProposalForJob: { operation: `{ myProposalForJob(jobId: "${NO_ID}") { id } }`, allowed: freelancers },
  shortlistProposal: { operation: `mutation { shortlistProposal(id: "${NO_ID}") { id } }`, allowed: hiring },
  declineProposal: {
    operation: `mutation { declineProposal(id: "${NO_ID}", reason: SKILLS) { id } }`,
    allowed: hiring,
  },
  sendJobMessage: {
    operation: `mutation { sendJobMessage(input: { jobId: "${NO_ID}", freelancerId: "${NO_ID}", body: "Hello" }) { id } }`,
    allowed: [...hiring, ...freelancers],
  },
  jobThread: {
    operation: `{ jobThread(jobId: "${NO_ID}", freelancerId: "${NO_ID}") { totalCount } }`,
    allowed: [...clients, ...freelancers],
  },
  makeOffer: {
    operation: `mutation { makeOffer(input: { proposalId: "${NO_ID}", kind: HOURLY, hourlyRateMinor: 1500,
      weeklyLimitHours: 10, startDate: "2099-01-04" }) { id } }`,
    allowed: hiring,
  },
  withdrawOffer: { operation: `mutation { withdrawOffer(id: "${NO_ID}") { id } }`, allowed: hiring },
  acceptOffer: { operation: `mutation { acceptOffer(id: "${NO_ID}") { id } }`, allowed: freelancers },
  declineOffer: { operation: `mutation { declineOffer(id: "${NO_ID}") { id } }`, allowed: freelancers },
  jobOffers: { operation: `{ jobOffers(jobId: "${NO_ID}") { totalCount } }`, allowed: clients },
  myOffers: { operation: '{ myOffers { totalCount } }', allowed: freelancers },
  timeToCandidates: {
    operation: '{ timeToCandidates(from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00Z") { published } }',
    allowed: ops,
  },
  contracts: { operation: '{ contracts { totalCount } }', allowed: [...clients, ...freelancers] },
  contract: { operation: `{ contract(id: "${NO_ID}") { id } }`, allowed: [...clients, ...freelancers] },
  contractEvents: {
    operation: `{ contractEvents(contractId: "${NO_ID}") { totalCount } }`,
    allowed: [...clients, ...freelancers],
  },
  hourlyWeeks: {
    operation: `{ hourlyWeeks(contractId: "${NO_ID}") { totalCount } }`,
    allowed: [...clients, ...freelancers],
  },
  runningTimer: { operation: '{ runningTimer { id } }', allowed: freelancers },
  logTime: {
    operation: `mutation { logTime(input: { contractId: "${NO_ID}", workDate: "2026-11-24", minutes: 30, memo: "Inbox" }) }`,
    allowed: freelancers,
  },
  updateTimeEntry: {
    operation: `mutation { updateTimeEntry(input: { id: "${NO_ID}", workDate: "2026-11-24", minutes: 30, memo: "Inbox" }) }`,
    allowed: freelancers,
  },
  deleteTimeEntry: { operation: `mutation { deleteTimeEntry(id: "${NO_ID}") }`, allowed: freelancers },
  startTimer: {
    operation: `mutation { startTimer(input: { contractId: "${NO_ID}" }) { id } }`,
    allowed: freelancers,
  },
  stopTimer: { operation: 'mutation { stopTimer }', allowed: freelancers },
  submitTimesheet: { operation: `mutation { submitTimesheet(weekId: "${NO_ID}") }`, allowed: freelancers },
  savedCard: { operation: '{ savedCard { id } }', allowed: clients },
  myAvailability: { operation: '{ myAvailability { freeHours } }', allowed: freelancers },
  myWeek: { operation: '{ myWeek { weekStart } }', allowed: freelancers },
  needsAttention: { operation: '{ needsAttention { offersWaiting } }', allowed: clients },
  setAvailability: {
    operation: 'mutation { setAvailability(input: { weeklyCapacityHours: 20 }) { freeHours } }',
    allowed: freelancers,
  },
  billingDetails: { operation: '{ billingDetails { vatId } }', allowed: clients },
  updateBillingDetails: {
    operation: 'mutation { updateBillingDetails(input: { legalName: "", address: "", vatId: "" }) { vatId } }',
    allowed: clientAdmins,
  },
  payeeDetails: { operation: '{ payeeDetails { taxId } }', allowed: freelancers },
  updatePayeeDetails: {
    operation: 'mutation { updatePayeeDetails(input: { legalName: "", address: "", taxId: "" }) { taxId } }',
    allowed: freelancers,
  },
  invoices: { operation: '{ invoices { totalCount } }', allowed: clients },
  invoiceTotals: { operation: '{ invoiceTotals { month } }', allowed: clients },
  earningsStatements: { operation: '{ earningsStatements { totalCount } }', allowed: freelancers },
  earningsTotals: { operation: '{ earningsTotals { month } }', allowed: freelancers },
  startCardSetup: { operation: 'mutation { startCardSetup { id } }', allowed: clientAdmins },
  saveSandboxCard: {
    operation: `mutation { saveSandboxCard(input: { cardId: "${NO_ID}", cardNumber: "4242424242424242" }) { id } }`,
    allowed: clientAdmins,
  },
  syncCardSetup: { operation: `mutation { syncCardSetup(cardId: "${NO_ID}") { id } }`, allowed: clientAdmins },
  removeSavedCard: { operation: 'mutation { removeSavedCard }', allowed: clientAdmins },
  disputeTimeEntries: {
    operation: `mutation { disputeTimeEntries(input: { weekId: "${NO_ID}", entryIds: ["${NO_ID}"], reason: "Not agreed with us." }) }`,
    allowed: clients,
  },
  payMilestone: { operation: `mutation { payMilestone(milestoneId: "${NO_ID}") { id } }`, allowed: clients },
  paySandboxCard: {
    operation: `mutation { paySandboxCard(input: { paymentId: "${NO_ID}", cardNumber: "4242424242424242" }) { id } }`,
    allowed: clients,
  },
  reconciliationRuns: { operation: '{ reconciliationRuns { totalCount } }', allowed: ops },
  reconciliationDifferences: {
    operation: `{ reconciliationDifferences(runId: "${NO_ID}") { id } }`,
    allowed: ops,
  },
  runReconciliation: { operation: 'mutation { runReconciliation { id } }', allowed: ops },
  syncMilestonePayment: {
    operation: `mutation { syncMilestonePayment(paymentId: "${NO_ID}") { id } }`,
    allowed: clients,
  },
  submitMilestone: {
    operation: `mutation { submitMilestone(input: { milestoneId: "${NO_ID}", message: "Done" }) { id } }`,
    allowed: freelancers,
  },
  requestMilestoneChanges: {
    operation: `mutation { requestMilestoneChanges(input: { milestoneId: "${NO_ID}", message: "More" }) { id } }`,
    allowed: hiring,
  },
  releaseMilestone: {
    operation: `mutation { releaseMilestone(input: { milestoneId: "${NO_ID}" }) { id } }`,
    allowed: hiring,
  },
  refundMilestone: {
    operation: `mutation { refundMilestone(input: { milestoneId: "${NO_ID}", amountMinor: 100 }) { id } }`,
    allowed: freelancers,
  },
  milestoneLedger: { operation: `{ milestoneLedger(milestoneId: "${NO_ID}") { id } }`, allowed: ops },
  trialBalance: { operation: '{ trialBalance { currency } }', allowed: ops },
  endContract: {
    operation: `mutation { endContract(input: { contractId: "${NO_ID}", reason: "Project done" }) { id } }`,
    allowed: [...hiring, ...freelancers],
  },
  continueAfterTrial: {
    operation: `mutation { continueAfterTrial(contractId: "${NO_ID}") { id } }`,
    allowed: hiring,
  },
  changeWeeklyLimit: {
    operation: `mutation { changeWeeklyLimit(input: { contractId: "${NO_ID}", weeklyLimitHours: 5 }) { id } }`,
    allowed: hiring,
  },
  pauseContract: { operation: `mutation { pauseContract(contractId: "${NO_ID}") { id } }`, allowed: hiring },
  resumeContract: { operation: `mutation { resumeContract(contractId: "${NO_ID}") { id } }`, allowed: hiring },
  openDispute: {
    operation: `mutation { openDispute(input: { milestoneId: "${NO_ID}", reason: "Not what we agreed" }) { id } }`,
    allowed: [...clients, ...freelancers],
  },
  proposeSettlement: {
    operation: `mutation { proposeSettlement(input: { disputeId: "${NO_ID}", freelancerShareBps: 5000 }) { id } }`,
    allowed: [...clients, ...freelancers],
  },
  acceptSettlement: {
    operation: `mutation { acceptSettlement(disputeId: "${NO_ID}") { id } }`,
    allowed: [...clients, ...freelancers],
  },
  escalateDispute: {
    operation: `mutation { escalateDispute(disputeId: "${NO_ID}") { id } }`,
    allowed: [...clients, ...freelancers],
  },
  withdrawDispute: {
    operation: `mutation { withdrawDispute(disputeId: "${NO_ID}") { id } }`,
    allowed: [...clients, ...freelancers],
  },
  contractDisputes: {
    operation: `{ contractDisputes(contractId: "${NO_ID}") { id } }`,
    allowed: [...clients, ...freelancers],
  },
  disputes: { operation: '{ disputes { totalCount } }', allowed: ops },
  dispute: { operation: `{ dispute(disputeId: "${NO_ID}") { id } }`, allowed: ops },
  disputeEvidence: { operation: `{ disputeEvidence(disputeId: "${NO_ID}") { totalCount } }`, allowed: ops },
  disputeMessages: { operation: `{ disputeMessages(disputeId: "${NO_ID}") { totalCount } }`, allowed: ops },
  decideDispute: {
    operation: `mutation { decideDispute(input: { disputeId: "${NO_ID}", freelancerShareBps: 6000, note: "Decided after reading both sides" }) { id } }`,
    allowed: ops,
  },
  myReviewCycles: { operation: '{ myReviewCycles { totalCount } }', allowed: [...clients, ...freelancers] },
  submitReview: {
    operation: `mutation { submitReview(input: { cycleId: "${NO_ID}", overall: 5, ratings: [], comment: "Great work",
      wouldWorkAgain: true }) { id } }`,
    allowed: [...hiring, ...freelancers],
  },
  replyToReview: {
    operation: `mutation { replyToReview(input: { reviewId: "${NO_ID}", reply: "Thank you" }) { id } }`,
    allowed: [...hiring, ...freelancers],
  },
  reportReview: {
    operation: `mutation { reportReview(input: { reviewId: "${NO_ID}", reason: "It names my private phone" }) }`,
    allowed: [...clients, ...freelancers],
  },
  freelancerReviews: { operation: `{ freelancerReviews(freelancerId: "${NO_ID}") { totalCount } }`, allowed: signedIn },
  organizationReviews: {
    operation: `{ organizationReviews(organizationId: "${NO_ID}") { totalCount } }`,
    allowed: signedIn,
  },
  freelancerReputation: {
    operation: `{ freelancerReputation(freelancerId: "${NO_ID}") { score neutral } }`,
    allowed: signedIn,
  },
  organizationReputation: {
    operation: `{ organizationReputation(organizationId: "${NO_ID}") { score neutral } }`,
    allowed: signedIn,
  },
  vaProfile: { operation: `{ vaProfile(freelancerId: "${NO_ID}") { id } }`, allowed: signedIn },
  reportedReviews: { operation: '{ reportedReviews { totalCount } }', allowed: ops },
  hideReview: {
    operation: `mutation { hideReview(input: { reviewId: "${NO_ID}", reason: "Insults the other side" }) }`,
    allowed: ops,
  },
  keepReview: {
    operation: `mutation { keepReview(input: { reviewId: "${NO_ID}", reason: "Within the rules for reviews" }) }`,
    allowed: ops,
  },
  approvalPolicy: { operation: '{ approvalPolicy { currency } }', allowed: clients },
  setApprovalPolicy: {
    // No kinds: the policy is removed, so the other cases run without one.
    operation:
      'mutation { setApprovalPolicy(input: { thresholdMinor: 50000, currency: "EUR", kinds: [] }) { currency } }',
    allowed: clientAdmins,
  },
  approvalRequests: { operation: '{ approvalRequests { totalCount } }', allowed: [...clients, ...ops] },
  decideApproval: {
    operation: `mutation { decideApproval(input: { requestId: "${NO_ID}", verdict: APPROVE }) { id } }`,
    allowed: [...clientAdmins, ...ops],
  },
  cancelApprovalRequest: {
    operation: `mutation { cancelApprovalRequest(id: "${NO_ID}") { id } }`,
    allowed: [...clients, ...ops],
  },
  giveBonus: {
    operation: `mutation { giveBonus(input: { contractId: "${NO_ID}", amountMinor: 5000, message: "Thanks" }) { id } }`,
    allowed: hiring,
  },
  myPayouts: { operation: '{ myPayouts { owed { amountMinor } } }', allowed: freelancers },
  startPayoutOnboarding: { operation: 'mutation { startPayoutOnboarding }', allowed: freelancers },
  refreshPayoutAccount: { operation: 'mutation { refreshPayoutAccount { status } }', allowed: freelancers },
  completeSandboxOnboarding: { operation: 'mutation { completeSandboxOnboarding { status } }', allowed: freelancers },
};

describe('authorization matrix', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(async () => {
    await testApp.close();
  });

  it.each(Object.entries(cases))('%s', async (_name, matrixCase) => {
    await expectAuthorization(testApp, matrixCase);
  });

  it('has a case for every root operation of the schema', () => {
    const schema = testApp.app.get(GraphQLSchemaHost).schema;
    const operations = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}),
    ].sort();
    expect(Object.keys(cases).sort()).toEqual(operations);
  });
});
