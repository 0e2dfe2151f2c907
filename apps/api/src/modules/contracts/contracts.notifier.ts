import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { minorDigits } from '../../platform/money/fx.js';
import type { User } from '../identity/users.service.js';
import { type Delivery, MailService } from '../mail/mail.service.js';

type Recipient = Pick<User, 'email' | 'displayName' | 'locale'>;
/** A hand-in the client has not answered, and when its held money goes to the VA. */
export type DueRelease = {
  contractId: string;
  job: string;
  milestone: string;
  organization: string;
  freelancer: string;
  heldMinor: number;
  currency: string;
  releaseAt: Date;
};

/** E-mails about offers, written in the caller's transaction; deliver them after it commits. */
@Injectable()
export class ContractsNotifier {
  constructor(
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  offerReceived(
    to: Recipient,
    offer: { jobId: string; jobTitle: string; organization: string },
    manager: EntityManager,
  ): Promise<Delivery> {
    return this.mail.enqueue(
      {
        to: to.email,
        template: 'offerReceived',
        locale: to.locale,
        values: {
          name: to.displayName,
          job: offer.jobTitle,
          organization: offer.organization,
          link: `${this.config.http.publicUrl}/freelancer/jobs/${offer.jobId}`,
        },
      },
      manager,
    );
  }

  offerAccepted(
    to: Recipient,
    contract: { id: string; jobTitle: string; freelancer: string },
    manager: EntityManager,
  ): Promise<Delivery> {
    return this.mail.enqueue(
      {
        to: to.email,
        template: 'offerAccepted',
        locale: to.locale,
        values: {
          name: to.displayName,
          job: contract.jobTitle,
          freelancer: contract.freelancer,
          link: `${this.config.http.publicUrl}/contracts/${contract.id}`,
        },
      },
      manager,
    );
  }

  /** Reminds one side of a coming auto-release: the client to act, the VA that payment is near. */
  autoReleaseReminder(
    to: Recipient & Pick<User, 'timeZone'>,
    side: 'client' | 'freelancer',
    due: DueRelease,
    manager: EntityManager,
  ): Promise<Delivery> {
    const digits = minorDigits(due.currency);
    const amount = new Intl.NumberFormat(to.locale, { style: 'currency', currency: due.currency }).format(
      due.heldMinor / 10 ** digits,
    );
    const date = new Intl.DateTimeFormat(to.locale, { dateStyle: 'long', timeStyle: 'short', timeZone: to.timeZone });
    const app = side === 'client' ? '' : '/freelancer';
    return this.mail.enqueue(
      {
        to: to.email,
        template: side === 'client' ? 'autoReleaseClientReminder' : 'autoReleaseFreelancerReminder',
        locale: to.locale,
        values: {
          name: to.displayName,
          job: due.job,
          milestone: due.milestone,
          organization: due.organization,
          freelancer: due.freelancer,
          amount,
          date: date.format(due.releaseAt),
          link: `${this.config.http.publicUrl}${app}/contracts/${due.contractId}`,
        },
      },
      manager,
    );
  }
}
