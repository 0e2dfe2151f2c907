import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type AuditFilter, AuditRepository } from './audit.repository.js';

export interface AuditRecord {
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  details?: Record<string, unknown>;
}

/** The append-only record of ops and other sensitive actions. Write it in the action's own transaction. */
@Injectable()
export class AuditService {
  constructor(private readonly repository: AuditRepository) {}

  record(entry: AuditRecord, manager?: EntityManager): Promise<void> {
    return this.repository.insert({ ...entry, details: entry.details ?? {} }, manager);
  }

  list(filter: AuditFilter, page: { offset: number; limit: number }) {
    return this.repository.findPage(filter, page);
  }
}
