import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow, Policies } from '../../platform/access/policy.js';
import { EmailDeliveryStatus, OutboxArgs, OutboxEmailPage } from './dto/outbox-email.output.js';
import { MailService } from './mail.service.js';

@Resolver()
export class MailResolver {
  constructor(private readonly mail: MailService) {}

  @Allow(Policies.opsAdmin)
  @Query(() => OutboxEmailPage, {
    description: 'The delivery log: every e-mail Delegate sent, newest first, secret links redacted (ops admins).',
  })
  async outboxEmails(@Args() args: OutboxArgs) {
    const [emails, totalCount] = await this.mail.listDeliveryLog(args);
    const items = emails.map((email) => ({
      ...email,
      status: email.lastError
        ? EmailDeliveryStatus.FAILED
        : email.sentAt
          ? EmailDeliveryStatus.SENT
          : EmailDeliveryStatus.QUEUED,
    }));
    return { items, totalCount };
  }
}
