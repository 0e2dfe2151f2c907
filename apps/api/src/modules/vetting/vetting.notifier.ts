import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import type { User } from '../identity/users.service.js';
import { type Delivery, MailService } from '../mail/mail.service.js';

type Recipient = Pick<User, 'email' | 'displayName' | 'locale' | 'timeZone'>;

/**
 * E-mails to the VA about their application, in their language and time zone. Each is written
 * in the caller's transaction; call `deliver()` on the result after it commits.
 */
@Injectable()
export class VettingNotifier {
  constructor(
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get applicationLink(): string {
    return `${this.config.http.publicUrl}/freelancer/application`;
  }

  returned(to: Recipient, request: string, manager: EntityManager): Promise<Delivery> {
    return this.send(to, 'vettingReturned', { request }, manager);
  }

  /** `reapplyAfter` is a calendar date (`YYYY-MM-DD`), the same everywhere. */
  rejected(to: Recipient, reason: string, reapplyAfter: string, manager: EntityManager): Promise<Delivery> {
    const reapplyDate = new Intl.DateTimeFormat(to.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${reapplyAfter}T00:00:00Z`),
    );
    return this.send(to, 'vettingRejected', { reason, reapplyDate }, manager);
  }

  approved(to: Recipient, score: number, manager: EntityManager): Promise<Delivery> {
    return this.send(to, 'vettingApproved', { score }, manager);
  }

  testAssigned(to: Recipient, test: string, minutes: number, startBy: Date, manager: EntityManager) {
    return this.send(to, 'skillTestAssigned', { test, minutes, startBy: this.formatInstant(to, startBy) }, manager);
  }

  interviewProposed(to: Recipient, slots: Date[], manager: EntityManager): Promise<Delivery> {
    const lines = slots.map((slot) => `- ${this.formatInstant(to, slot)}`).join('\n');
    return this.send(to, 'interviewSlotsProposed', { slots: lines, timeZone: to.timeZone }, manager);
  }

  private formatInstant(to: Recipient, instant: Date): string {
    return new Intl.DateTimeFormat(to.locale, { dateStyle: 'full', timeStyle: 'short', timeZone: to.timeZone }).format(
      instant,
    );
  }

  private send(
    to: Recipient,
    template:
      | 'vettingReturned'
      | 'vettingRejected'
      | 'vettingApproved'
      | 'skillTestAssigned'
      | 'interviewSlotsProposed',
    values: Record<string, string | number>,
    manager: EntityManager,
  ): Promise<Delivery> {
    return this.mail.enqueue(
      {
        to: to.email,
        template,
        locale: to.locale,
        values: { name: to.displayName, link: this.applicationLink, ...values },
      },
      manager,
    );
  }
}
