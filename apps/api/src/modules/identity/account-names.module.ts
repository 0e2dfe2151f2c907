import { Global, Module } from '@nestjs/common';
import { ACCOUNT_NAMES } from '../../platform/access/account-names.js';
import { IdentityDataModule } from './identity-data.module.js';
import { UsersService } from './users.service.js';

/** Provides `ACCOUNT_NAMES` everywhere, so that modules identity depends on can name people without a cycle. */
@Global()
@Module({
  imports: [IdentityDataModule],
  providers: [{ provide: ACCOUNT_NAMES, useExisting: UsersService }],
  exports: [ACCOUNT_NAMES],
})
export class AccountNamesModule {}
