import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module.js';
import { IdentityDataModule } from '../identity/identity-data.module.js';
import { MailModule } from '../mail/mail.module.js';
import { OrganizationsRepository } from './organizations.repository.js';
import { OrganizationsResolver, ViewerOrganizationResolver } from './organizations.resolver.js';
import { OrganizationsService } from './organizations.service.js';

@Module({
  imports: [IdentityDataModule, IdentityModule, MailModule],
  providers: [OrganizationsRepository, OrganizationsService, OrganizationsResolver, ViewerOrganizationResolver],
  exports: [OrganizationsService],
})
export class OrganizationsModule {}
