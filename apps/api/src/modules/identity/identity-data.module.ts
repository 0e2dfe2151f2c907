import { Module } from '@nestjs/common';
import { IdentityRepository } from './identity.repository.js';
import { UsersService } from './users.service.js';

/** Gives other features read access to accounts without pulling in sign-in and sessions. */
@Module({
  providers: [IdentityRepository, UsersService],
  exports: [IdentityRepository, UsersService],
})
export class IdentityDataModule {}
