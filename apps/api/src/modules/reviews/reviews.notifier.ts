import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import type { ContractSide } from '../contracts/contracts.types.js';
import type { User } from '../identity/users.service.js';
import { type Delivery, MailService } from '../mail/mail.service.js';

type Recipient = Pick<User, 'id' | 'email' | 'displayName' | 'locale' | 'timeZone'>;
/** Who gets an e-mail, which side they are on (their app), and the name of the other side. */
export type ReviewRecipient = { to: Recipient; side: ContractSide; other: string };

/** E-mails about reviews, written in the caller's transaction; deliver them after it commits. */
@Injectable()
export class ReviewsNotifier {
  constructor(
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  cycleOpened(
    { to, side, other }: ReviewRecipient,
    cycle: { contractId: string; closesAt: Date },
    manager: EntityManager,
  ) {
    const date = new Intl.DateTimeFormat(to.locale, { dateStyle: 'long', timeZone: to.timeZone });
    return this.send(to, 'reviewCycleOpened', { other, date: date.format(cycle.closesAt) }, side, cycle, manager);
  }

  revealed({ to, side, other }: ReviewRecipient, cycle: { contractId: string }, manager: EntityManager) {
    return this.send(to, 'reviewsRevealed', { other }, side, cycle, manager);
  }

  hidden({ to, side, other }: ReviewRecipient, cycle: { contractId: string }, reason: string, manager: EntityManager) {
    return this.send(to, 'reviewHidden', { other, reason }, side, cycle, manager);
  }

  private send(
    to: Recipient,
    template: 'reviewCycleOpened' | 'reviewsRevealed' | 'reviewHidden',
    values: Record<string, string>,
    side: ContractSide,
    cycle: { contractId: string },
    manager: EntityManager,
  ): Promise<Delivery> {
    const app = side === 'client' ? '' : '/freelancer';
    return this.mail.enqueue(
      {
        to: to.email,
        template,
        locale: to.locale,
        values: {
          ...values,
          name: to.displayName,
          link: `${this.config.http.publicUrl}${app}/contracts/${cycle.contractId}#reviews`,
        },
      },
      manager,
    );
  }
}
