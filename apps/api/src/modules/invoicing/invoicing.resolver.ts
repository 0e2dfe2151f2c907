import { Args, Query, Resolver } from '@nestjs/graphql';
import type { ClientActor, FreelancerActor } from '../../platform/access/actor.js';
import { Allow, Policies } from '../../platform/access/policy.js';
import { CurrentActor } from '../../platform/access/request-context.js';
import { PageArgs } from '../../platform/graphql/pagination.js';
import { documentNumber } from './document-words.js';
import { BillingDocument, BillingDocumentPage, BillingMonthTotal } from './dto/billing-document.dto.js';
import { type BillingDocument as Document, InvoicingService } from './invoicing.service.js';

/** Billing history: every member reads the organisation's invoices; a VA reads their earnings statements. */
@Resolver()
export class InvoicingResolver {
  constructor(private readonly invoicing: InvoicingService) {}

  @Allow(Policies.client)
  @Query(() => BillingDocumentPage, { description: "The organisation's invoices, newest first." })
  async invoices(@CurrentActor() actor: ClientActor, @Args() page: PageArgs) {
    return toPage(await this.invoicing.page({ organizationId: actor.organizationId }, page));
  }

  @Allow(Policies.client)
  @Query(() => [BillingMonthTotal], { description: "The organisation's invoices added up per month and currency." })
  async invoiceTotals(@CurrentActor() actor: ClientActor) {
    return toTotals(await this.invoicing.totals({ organizationId: actor.organizationId }), 'invoice');
  }

  @Allow(Policies.freelancer)
  @Query(() => BillingDocumentPage, { description: "The VA's earnings statements, newest first." })
  async earningsStatements(@CurrentActor() actor: FreelancerActor, @Args() page: PageArgs) {
    return toPage(await this.invoicing.page({ freelancerId: actor.userId }, page));
  }

  @Allow(Policies.freelancer)
  @Query(() => [BillingMonthTotal], { description: "The VA's earnings added up per month and currency." })
  async earningsTotals(@CurrentActor() actor: FreelancerActor) {
    return toTotals(await this.invoicing.totals({ freelancerId: actor.userId }), 'statement');
  }
}

export function toDocument(document: Document): BillingDocument {
  const net = document.amountMinor - document.feeMinor;
  return {
    ...document,
    number: documentNumber(document.kind, document.number),
    totalMinor: document.kind === 'invoice' ? document.amountMinor : net,
    pdfPath: `/files/documents/${document.id}/pdf`,
  };
}

function toPage({ items, totalCount }: { items: Document[]; totalCount: number }) {
  return { items: items.map(toDocument), totalCount };
}

function toTotals(
  totals: Awaited<ReturnType<InvoicingService['totals']>>,
  kind: 'invoice' | 'statement',
): BillingMonthTotal[] {
  return totals.map((total) => ({
    ...total,
    totalMinor: kind === 'invoice' ? total.amountMinor : total.amountMinor - total.feeMinor,
  }));
}
