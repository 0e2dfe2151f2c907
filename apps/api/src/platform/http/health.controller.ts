import { Controller, Get, HttpCode, ServiceUnavailableException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Allow, Policies } from '../access/policy.js';

@Controller()
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  /** Liveness: the process answers. */
  @Allow(Policies.anyone)
  @Get('healthz')
  @HttpCode(200)
  health() {
    return { status: 'ok' };
  }

  /** Readiness: the database answers and every migration has run. */
  @Allow(Policies.anyone)
  @Get('readyz')
  async ready() {
    try {
      const pending = await this.dataSource.showMigrations();
      if (pending) throw new Error('migrations pending');
      return { status: 'ready' };
    } catch (error) {
      throw new ServiceUnavailableException({ status: 'unavailable', reason: String(error) });
    }
  }
}
