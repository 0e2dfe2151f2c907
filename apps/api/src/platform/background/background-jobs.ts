import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';

/** The connection string of the database the app runs on, for clients other than TypeORM. */
export const DATABASE_URL = Symbol('DATABASE_URL');

interface Task<Data extends object> {
  name: string;
  handler: (data: Data) => Promise<void>;
  /** `stately`: at most one waiting and one running per `singletonKey`. */
  policy: PgBoss.QueuePolicy;
  /** A cron line (UTC) for work that runs on a schedule rather than on demand. */
  cron?: string;
}

/**
 * Durable background work on pg-boss, in the same PostgreSQL: retried on failure, and with several
 * API instances each piece of work runs once (pg-boss hands a job to one worker with SKIP LOCKED).
 * Modules register their tasks while the app starts; workers start once every module has.
 */
@Injectable()
export class BackgroundJobs implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(BackgroundJobs.name);
  private readonly boss: PgBoss;
  private readonly tasks = new Map<string, Task<object>>();
  private started = false;

  constructor(
    @Inject(DATABASE_URL) databaseUrl: string,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    // An instance that does no work runs no cron keeper or supervisor either: the working ones do.
    const works = config.worker.enabled;
    this.boss = new PgBoss({
      connectionString: databaseUrl,
      max: 2,
      schema: 'pgboss',
      schedule: works,
      supervise: works,
    });
    this.boss.on('error', (error) => this.logger.error(error));
  }

  /** Call from a provider's constructor or `onModuleInit`. */
  register<Data extends object>(task: Task<Data>): void {
    this.tasks.set(task.name, task as Task<object>);
  }

  /**
   * Queues work. Pass the caller's transaction manager and the job exists exactly when the
   * transaction commits (a rolled-back publish queues nothing).
   */
  async send(name: string, data: object, options: { singletonKey?: string; manager?: EntityManager } = {}) {
    const { manager, ...jobOptions } = options;
    await this.boss.send(name, data, {
      ...jobOptions,
      retryLimit: 5,
      retryBackoff: true,
      ...(manager ? { db: { executeSql: async (text, values) => ({ rows: await manager.query(text, values) }) } } : {}),
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    // Creating the schema and queues is needed to send, even on an instance that does not work.
    await this.boss.start();
    this.started = true;
    for (const task of this.tasks.values()) {
      await this.boss.createQueue(task.name, { name: task.name, policy: task.policy });
      if (task.cron) await this.boss.schedule(task.name, task.cron, {}, { tz: 'UTC' });
      if (this.config.worker.enabled) {
        await this.boss.work<object>(
          task.name,
          { pollingIntervalSeconds: this.config.worker.pollSeconds, batchSize: 1 },
          async ([job]) => {
            if (job) await task.handler(job.data);
          },
        );
      }
    }
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.started) return;
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    // pg-boss lets go of each stopped worker in a loop of its own that looks once a second, and loads
    // Node's timers anew each time it waits. Its workers have stopped by now, so its next look ends
    // the loop: outlast that look, with room for a busy machine, so none of it runs after the
    // application has gone (in tests, after their environment was torn down). Only working
    // instances have workers (the cron keeper included).
    if (this.config.worker.enabled) await sleep(LAST_LOOK_MS);
  }
}

/** pg-boss looks at stopping workers once a second: a second, and as much again for a loaded machine. */
const LAST_LOOK_MS = 2_000;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
