import { Module } from '@nestjs/common';
import { FileStorage } from '../../platform/storage/file-storage.js';
import { IdentityDataModule } from '../identity/identity-data.module.js';
import { FreelancersRepository } from './freelancers.repository.js';
import { FreelancersResolver } from './freelancers.resolver.js';
import { FreelancersService } from './freelancers.service.js';
import { ResumeController } from './resume.controller.js';
import { ResumeRepository } from './resume.repository.js';
import { ResumeService } from './resume.service.js';

@Module({
  imports: [IdentityDataModule],
  providers: [
    FileStorage,
    FreelancersRepository,
    FreelancersService,
    FreelancersResolver,
    ResumeService,
    ResumeRepository,
  ],
  controllers: [ResumeController],
  exports: [FreelancersService],
})
export class FreelancersModule {}
