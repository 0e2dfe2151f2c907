import { Module } from '@nestjs/common';
import { FreelancersRepository } from './freelancers.repository.js';
import { FreelancersResolver } from './freelancers.resolver.js';
import { FreelancersService } from './freelancers.service.js';

@Module({
  providers: [FreelancersRepository, FreelancersService, FreelancersResolver],
  exports: [FreelancersService],
})
export class FreelancersModule {}
