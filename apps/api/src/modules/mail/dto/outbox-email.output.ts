import { ArgsType, Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { PageArgs, PageOf } from '../../../platform/graphql/pagination.js';

export enum EmailDeliveryStatus {
  QUEUED = 'QUEUED',
  SENT = 'SENT',
  FAILED = 'FAILED',
}
registerEnumType(EmailDeliveryStatus, { name: 'EmailDeliveryStatus' });

@ObjectType('OutboxEmail', { description: 'One entry of the delivery log; secret links are redacted.' })
export class OutboxEmail {
  @Field(() => ID)
  id: string;

  @Field()
  toAddress: string;

  @Field({ description: 'Which e-mail it is, e.g. passwordReset.' })
  template: string;

  @Field()
  subject: string;

  @Field({ description: 'The text as sent, with every link that grants access replaced.' })
  bodyText: string;

  @Field({ description: 'smtp, or dev_mailbox (printed to the server output in development).' })
  transport: string;

  @Field(() => EmailDeliveryStatus)
  status: EmailDeliveryStatus;

  @Field(() => Date, { nullable: true })
  sentAt: Date | null;

  @Field(() => String, { nullable: true })
  lastError: string | null;

  @Field()
  createdAt: Date;
}

export const OutboxEmailPage = PageOf(OutboxEmail, 'OutboxEmailPage');

@ArgsType()
export class OutboxArgs extends PageArgs {
  @Field({ nullable: true, description: 'Only e-mails to this address.' })
  @IsOptional()
  @MaxLength(254)
  toAddress?: string;
}
