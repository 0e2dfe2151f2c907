import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { maskTexts } from '../../platform/text/contact-details.js';
import { JobMessageEntity } from './entities/job-message.entity.js';

/** Threads between a job's organisation and one VA. */
@Injectable()
export class MessagesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Writes a message and returns it as stored. */
  async insert(message: Pick<JobMessageEntity, 'jobId' | 'freelancerId' | 'authorId' | 'body'>) {
    const masked = maskTexts({ body: message.body });
    const { identifiers } = await this.dataSource.getRepository(JobMessageEntity).insert({ ...message, masked });
    return this.dataSource.getRepository(JobMessageEntity).findOneByOrFail({ id: identifiers[0]?.id });
  }

  /** A page of a thread counted from the newest message (page 0 is the latest). */
  thread(jobId: string, freelancerId: string, page: { offset: number; limit: number }) {
    return this.dataSource.getRepository(JobMessageEntity).findAndCount({
      where: { jobId, freelancerId },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: page.offset,
      take: page.limit,
    });
  }
}
