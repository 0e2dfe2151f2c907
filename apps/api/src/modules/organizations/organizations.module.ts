import { Module } from '@nestjs/common';
import { IdentityRepository } from '../identity/identity.repository.js';
import { MailModule } from '../mail/mail.module.js';
import { OrganizationsRepository } from './organizations.repository.js';
import { OrganizationsResolver } from './organizations.resolver.js';
import { OrganizationsService } from './organizations.service.js';

@Module({
  imports: [MailModule],
  providers: [OrganizationsRepository, OrganizationsService, OrganizationsResolver, IdentityRepository],
  exports: [OrganizationsService],
})
export class OrganizationsModule {}
