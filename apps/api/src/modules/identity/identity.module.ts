import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { MailModule } from '../mail/mail.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { AccountResolver } from './account.resolver.js';
import { AccountService } from './account.service.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { IdentityDataModule } from './identity-data.module.js';
import { LoginThrottle } from './login-throttle.js';
import { SessionService } from './session.service.js';

@Module({
  imports: [AuditModule, IdentityDataModule, MailModule, OrganizationsModule],
  providers: [SessionService, LoginThrottle, AuthService, AccountService, AuthResolver, AccountResolver],
  exports: [SessionService, AuthService],
})
export class IdentityModule {}
