import { useMutation, useQuery } from '@apollo/client/react';
import { uploadFile } from '../files/upload-file';
import type {
  EndContractInput,
  GiveBonusInput,
  RefundMilestoneInput,
  ReleaseMilestoneInput,
  SandboxCardInput,
} from '../gql/graphql';
import { AcceptSettlementMutation } from './graphql/accept-settlement.mutation';
import { ContinueAfterTrialMutation } from './graphql/continue-after-trial.mutation';
import { ContractQuery } from './graphql/contract.query';
import { ContractDisputesQuery } from './graphql/contract-disputes.query';
import { ContractEventsQuery } from './graphql/contract-events.query';
import { ContractsQuery } from './graphql/contracts';
import { EndContractMutation } from './graphql/end-contract.mutation';
import { EscalateDisputeMutation } from './graphql/escalate-dispute.mutation';
import { GiveBonusMutation } from './graphql/give-bonus.mutation';
import { OpenDisputeMutation } from './graphql/open-dispute.mutation';
import { PayMilestoneMutation } from './graphql/pay-milestone.mutation';
import { PaySandboxCardMutation } from './graphql/pay-sandbox-card.mutation';
import { ProposeSettlementMutation } from './graphql/propose-settlement.mutation';
import { RefundMilestoneMutation } from './graphql/refund-milestone.mutation';
import { ReleaseMilestoneMutation } from './graphql/release-milestone.mutation';
import { RequestMilestoneChangesMutation } from './graphql/request-milestone-changes.mutation';
import { SubmitMilestoneMutation } from './graphql/submit-milestone.mutation';
import { SyncMilestonePaymentMutation } from './graphql/sync-milestone-payment.mutation';
import { WithdrawDisputeMutation } from './graphql/withdraw-dispute.mutation';
import { useContractMutation } from './use-contract-mutation';

// Contracts' data: what the pages read, and every action on a contract, its milestones and disputes.
// Components call these hooks and render; the queries, variables and refreshes live here.

export function useContracts(offset: number, limit: number) {
  return useQuery(ContractsQuery, { variables: { offset, limit }, fetchPolicy: 'cache-and-network' });
}

export function useContract(id: string) {
  return useQuery(ContractQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
}

export function useContractEvents(contractId: string, offset: number, limit: number) {
  return useQuery(ContractEventsQuery, { variables: { contractId, offset, limit }, fetchPolicy: 'cache-and-network' });
}

export function useContractDisputes(contractId: string) {
  return useQuery(ContractDisputesQuery, { variables: { contractId }, fetchPolicy: 'cache-and-network' });
}

/** Paying a milestone: the payment is started first (amounts, fee, card details), then paid. */
export function useMilestonePayment() {
  const [start, started] = useMutation(PayMilestoneMutation);
  const [payCard] = useContractMutation(PaySandboxCardMutation);
  const [sync] = useContractMutation(SyncMilestonePaymentMutation);
  return {
    start: (milestoneId: string) => start({ variables: { milestoneId } }),
    started,
    /** The sandbox's simulated card (Stripe's test numbers). */
    payWithSandboxCard: (input: SandboxCardInput) => payCard({ variables: { input } }),
    /** After Stripe confirmed the card: whether the money arrived (else it is still processing). */
    succeeded: async (paymentId: string) =>
      (await sync({ variables: { paymentId } })).data?.syncMilestonePayment.status === 'SUCCEEDED',
  };
}

/** What either side does with funded work: hand in, send back, release or refund, dispute. */
export function useMilestoneActions() {
  const [submit] = useContractMutation(SubmitMilestoneMutation);
  const [requestChanges] = useContractMutation(RequestMilestoneChangesMutation);
  const [release] = useContractMutation(ReleaseMilestoneMutation);
  const [refund] = useContractMutation(RefundMilestoneMutation);
  const [openDispute] = useContractMutation(OpenDisputeMutation);
  return {
    /** Each file is uploaded first (privately, for this milestone), then handed in with the note. */
    handIn: async (input: { milestoneId: string; message: string; hoursWorked: number | null; files: File[] }) => {
      const fileIds: string[] = [];
      for (const file of input.files) {
        const uploaded = await uploadFile<{ id: string }>(`/files/hand-ins?milestoneId=${input.milestoneId}`, file);
        fileIds.push(uploaded.id);
      }
      const { files: _files, ...note } = input;
      return submit({ variables: { input: { ...note, fileIds } } });
    },
    requestChanges: (milestoneId: string, message: string) =>
      requestChanges({ variables: { input: { milestoneId, message } } }),
    /** Without an amount, everything held. */
    release: (input: ReleaseMilestoneInput) => release({ variables: { input } }),
    refund: (input: RefundMilestoneInput) => refund({ variables: { input } }),
    openDispute: (milestoneId: string, reason: string) =>
      openDispute({ variables: { input: { milestoneId, reason } } }),
  };
}

/** Negotiating a dispute: propose a split, accept the other side's, ask ops, or withdraw. */
export function useDisputeActions() {
  const [propose] = useContractMutation(ProposeSettlementMutation);
  const [accept] = useContractMutation(AcceptSettlementMutation);
  const [escalate] = useContractMutation(EscalateDisputeMutation);
  const [withdraw] = useContractMutation(WithdrawDisputeMutation);
  return {
    propose: (disputeId: string, freelancerShareBps: number) =>
      propose({ variables: { input: { disputeId, freelancerShareBps } } }),
    accept: (disputeId: string) => accept({ variables: { disputeId } }),
    escalate: (disputeId: string) => escalate({ variables: { disputeId } }),
    withdraw: (disputeId: string) => withdraw({ variables: { disputeId } }),
  };
}

/** The contract as a whole: a bonus, going on after the trial, ending it. */
export function useContractActions() {
  const [giveBonus] = useContractMutation(GiveBonusMutation);
  const [continueAfterTrial] = useContractMutation(ContinueAfterTrialMutation);
  const [end] = useContractMutation(EndContractMutation);
  return {
    giveBonus: (input: GiveBonusInput) => giveBonus({ variables: { input } }),
    continueAfterTrial: (contractId: string) => continueAfterTrial({ variables: { contractId } }),
    end: (input: EndContractInput) => end({ variables: { input } }),
  };
}
