import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, Not } from 'typeorm';
import { maskTexts } from '../../platform/text/contact-details.js';
import type { SubmitProposalInput } from './dto/submit-proposal.input.js';
import { ProposalEntity, type ProposalStatus } from './entities/proposal.entity.js';

/** Proposals, with the job each answers. */
@Injectable()
export class ProposalsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Writes a proposal, or reopens the VA's withdrawn one for the job, in one statement; returns null
   * when the VA already has a live proposal there.
   */
  async submit(
    freelancerId: string,
    input: SubmitProposalInput,
    currency: string,
    manager: EntityManager,
  ): Promise<string | null> {
    const rows: Array<{ id: string }> = await manager.query(
      `INSERT INTO proposals (job_id, freelancer_id, cover_letter, amount_minor, currency, screening_answers, available_from, masked)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8::jsonb)
       ON CONFLICT (job_id, freelancer_id) DO UPDATE SET status = 'submitted', cover_letter = EXCLUDED.cover_letter,
         amount_minor = EXCLUDED.amount_minor, currency = EXCLUDED.currency,
         screening_answers = EXCLUDED.screening_answers, available_from = EXCLUDED.available_from,
         masked = EXCLUDED.masked, updated_at = now()
       WHERE proposals.status = 'withdrawn'
       RETURNING id`,
      [
        input.jobId,
        freelancerId,
        input.coverLetter,
        input.amountMinor,
        currency,
        JSON.stringify(input.screeningAnswers),
        input.availableFrom,
        JSON.stringify(maskTexts({ coverLetter: input.coverLetter, screeningAnswers: input.screeningAnswers })),
      ],
    );
    return rows[0]?.id ?? null;
  }

  /** Moves a proposal from one of `from` to `to`; false when it was in none of them. */
  async transition(
    where: { id: string; freelancerId?: string; jobId?: string },
    from: ProposalStatus[],
    to: ProposalStatus,
    manager: EntityManager,
  ): Promise<boolean> {
    const result = await manager.getRepository(ProposalEntity).update({ ...where, status: In(from) }, { status: to });
    return (result.affected ?? 0) > 0;
  }

  /** A proposal, locked for the transaction. */
  lock(id: string, manager: EntityManager) {
    return manager.getRepository(ProposalEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async update(id: string, changes: Partial<ProposalEntity>, manager: EntityManager): Promise<void> {
    await manager.getRepository(ProposalEntity).update({ id }, changes);
  }

  findOne(
    where: { id?: string; jobId?: string; freelancerId?: string },
    manager: EntityManager = this.dataSource.manager,
  ) {
    return manager.getRepository(ProposalEntity).findOne({ where });
  }

  /** A VA's proposals, most recently changed first. */
  byFreelancer(freelancerId: string, page: { offset: number; limit: number }) {
    return this.dataSource.getRepository(ProposalEntity).findAndCount({
      where: { freelancerId },
      order: { updatedAt: 'DESC', id: 'ASC' },
      skip: page.offset,
      take: page.limit,
    });
  }

  /** The live proposals for a job (withdrawn ones are the VA's business), oldest first. */
  byJob(jobId: string, page: { offset: number; limit: number }) {
    return this.dataSource.getRepository(ProposalEntity).findAndCount({
      where: { jobId, status: Not('withdrawn') },
      order: { createdAt: 'ASC', id: 'ASC' },
      skip: page.offset,
      take: page.limit,
    });
  }

  /** Proposals the business has not answered yet (neither shortlisted nor declined), per job. */
  async unansweredByJob(jobIds: string[]): Promise<Map<string, number>> {
    if (jobIds.length === 0) return new Map();
    const rows: Array<{ jobId: string; count: number }> = await this.dataSource.query(
      `SELECT job_id AS "jobId", count(*)::int AS count FROM proposals
        WHERE job_id = ANY($1::uuid[]) AND status = 'submitted' GROUP BY job_id`,
      [jobIds],
    );
    return new Map(rows.map((row) => [row.jobId, row.count]));
  }
}
