import { jobPostInput, publishJobPost } from './job-posts.js';
import type { GraphqlAgent } from './test-app.js';

/**
 * A fixed-price contract in euros, made the way users make one: the business publishes a post,
 * the VA proposes, the business offers the milestones, the VA accepts. Returns the ids.
 */
export async function fixedContract(
  client: GraphqlAgent,
  freelancer: GraphqlAgent,
  skillIds: Record<string, string>,
  milestones: Array<{ title: string; amountMinor: number }>,
): Promise<{ contractId: string; milestoneIds: string[] }> {
  const total = milestones.reduce((sum, milestone) => sum + milestone.amountMinor, 0);
  const jobId = await publishJobPost(
    client,
    jobPostInput(skillIds, { budgetKind: 'FIXED', budgetMinMinor: total, budgetMaxMinor: total }),
  );
  const { submitProposal } = await freelancer.ok<{ submitProposal: { id: string } }>(
    'mutation($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }',
    {
      input: {
        jobId,
        coverLetter: 'I have run Shopify stores for candle makers for three years and can start on Monday.',
        amountMinor: total,
        availableFrom: '2099-01-04',
      },
    },
  );
  const { makeOffer } = await client.ok<{ makeOffer: { id: string } }>(
    'mutation($input: MakeOfferInput!) { makeOffer(input: $input) { id } }',
    { input: { proposalId: submitProposal.id, kind: 'FIXED', milestones, startDate: '2099-01-04' } },
  );
  const { acceptOffer } = await freelancer.ok<{ acceptOffer: { id: string; milestones: Array<{ id: string }> } }>(
    'mutation($id: ID!) { acceptOffer(id: $id) { id milestones { id } } }',
    { id: makeOffer.id },
  );
  return { contractId: acceptOffer.id, milestoneIds: acceptOffer.milestones.map((milestone) => milestone.id) };
}

/** Pays a milestone into escrow with the sandbox's good test card, as the client's card form does. */
export async function payIntoEscrow(client: GraphqlAgent, milestoneId: string): Promise<void> {
  const { payMilestone } = await client.ok<{ payMilestone: { id: string } }>(
    'mutation($id: ID!) { payMilestone(milestoneId: $id) { id } }',
    { id: milestoneId },
  );
  await client.ok('mutation($input: SandboxCardInput!) { paySandboxCard(input: $input) { id } }', {
    input: { paymentId: payMilestone.id, cardNumber: '4242424242424242' },
  });
}
