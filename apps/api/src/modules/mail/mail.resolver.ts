import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow, Policies } from '../../platform/access/policy.js';
import { OutboxArgs, OutboxEmailPage } from './dto/outbox-email.output.js';
import { MailService } from './mail.service.js';

@Resolver()
export class MailResolver {
  constructor(private readonly mail: MailService) {}

  @Allow(Policies.ops)
  @Query(() => OutboxEmailPage, { description: 'Every e-mail Delegate sent, newest first (ops).' })
  async outboxEmails(@Args() args: OutboxArgs) {
    const [items, totalCount] = await this.mail.listOutbox(args);
    return { items, totalCount };
  }
}
