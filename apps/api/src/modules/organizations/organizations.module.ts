import { Module } from '@nestjs/common';
import { IdentityDataModule } from '../identity/identity-data.module.js';
import { MailModule } from '../mail/mail.module.js';
import { OrganizationsRepository } from './organizations.repository.js';
import { OrganizationsResolver } from './organizations.resolver.js';
import { OrganizationsService } from './organizations.service.js';

@Module({
  imports: [IdentityDataModule, MailModule],
  providers: [OrganizationsRepository, OrganizationsService, OrganizationsResolver],
  exports: [OrganizationsService],
})
export class OrganizationsModule {}
