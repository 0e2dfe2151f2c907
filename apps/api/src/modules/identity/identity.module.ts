import { Module } from '@nestjs/common';
import { ACTOR_RESOLVER } from '../../platform/access/actor-hook.js';
import { AuditModule } from '../audit/audit.module.js';
import { MailModule } from '../mail/mail.module.js';
import { AccountResolver } from './account.resolver.js';
import { AccountService } from './account.service.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { IdentityDataModule } from './identity-data.module.js';
import { LoginThrottle } from './login-throttle.js';
import { SessionService } from './session.service.js';

@Module({
  imports: [AuditModule, IdentityDataModule, MailModule],
  providers: [
    SessionService,
    // How the platform's request hook finds who is calling.
    { provide: ACTOR_RESOLVER, useExisting: SessionService },
    LoginThrottle,
    AuthService,
    AccountService,
    AuthResolver,
    AccountResolver,
  ],
  exports: [SessionService, AuthService, AccountService, ACTOR_RESOLVER],
})
export class IdentityModule {}
