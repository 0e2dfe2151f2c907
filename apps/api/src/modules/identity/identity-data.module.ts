import { Module } from '@nestjs/common';
import { IdentityRepository } from './identity.repository.js';

/** Gives other features read access to accounts without pulling in sign-in and sessions. */
@Module({
  providers: [IdentityRepository],
  exports: [IdentityRepository],
})
export class IdentityDataModule {}
