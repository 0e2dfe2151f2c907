import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../../../platform/graphql/enum-of.js';
import { DOCUMENT_KINDS } from '../entities/billing-document.entity.js';
import { LINE_KINDS } from '../entities/billing-document-line.entity.js';

export const BillingDocumentKind = enumOf(DOCUMENT_KINDS);
registerEnumType(BillingDocumentKind, { name: 'BillingDocumentKind' });
export const BillingDocumentLineKind = enumOf(LINE_KINDS);
registerEnumType(BillingDocumentLineKind, { name: 'BillingDocumentLineKind' });

@ObjectType('DocumentParty', { description: 'A party as the document names it, when it was issued.' })
export class DocumentPartyOutput {
  @Field()
  name: string;

  @Field()
  address: string;

  @Field({ description: "A business's VAT number, or a VA's tax number." })
  taxId: string;

  @Field(() => String, { nullable: true })
  country: string | null;
}

@ObjectType('BillingDocumentLine')
export class BillingDocumentLine {
  @Field(() => BillingDocumentLineKind)
  kind: string;

  @Field({ description: "A milestone's title, or a period's first and last day." })
  label: string;

  @Field(() => String, { nullable: true })
  workDate: string | null;

  @Field(() => Int, { nullable: true })
  minutes: number | null;

  @Field(() => Int)
  amountMinor: number;
}

@ObjectType('BillingDocument', {
  description:
    "A release's document: the business's invoice, or the VA's earnings statement (the same work, less Delegate's fee).",
})
export class BillingDocument {
  @Field(() => ID)
  id: string;

  @Field(() => BillingDocumentKind)
  kind: string;

  @Field({
    description: 'Its number in the series: per organisation for invoices, per VA for statements, without gaps.',
  })
  number: string;

  @Field()
  issuedAt: Date;

  @Field(() => ID)
  contractId: string;

  @Field({ description: "The contract's post." })
  title: string;

  @Field()
  currency: string;

  @Field(() => Int, { description: 'The work released.' })
  amountMinor: number;

  @Field(() => Int, { description: "Delegate's fee, taken from what the VA receives." })
  feeMinor: number;

  @Field(() => Int, { description: 'What the business paid (an invoice), or what the VA received (a statement).' })
  totalMinor: number;

  @Field(() => DocumentPartyOutput)
  payer: DocumentPartyOutput;

  @Field(() => DocumentPartyOutput)
  payee: DocumentPartyOutput;

  @Field(() => [BillingDocumentLine])
  lines: BillingDocumentLine[];

  @Field({ description: 'Where its PDF downloads (add `?locale=` for the language).' })
  pdfPath: string;
}

@ObjectType('BillingDocumentPage')
export class BillingDocumentPage {
  @Field(() => [BillingDocument])
  items: BillingDocument[];

  @Field(() => Int)
  totalCount: number;
}

@ObjectType('BillingMonthTotal', { description: "A calendar month's documents in one currency, added up." })
export class BillingMonthTotal {
  @Field({ description: 'YYYY-MM (UTC).' })
  month: string;

  @Field()
  currency: string;

  @Field(() => Int)
  documents: number;

  @Field(() => Int)
  amountMinor: number;

  @Field(() => Int)
  feeMinor: number;

  @Field(() => Int, { description: 'Paid (invoices), or received (statements).' })
  totalMinor: number;
}
