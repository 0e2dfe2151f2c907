import { type DynamicModule, Global, Module } from '@nestjs/common';
import { BackgroundJobs, DATABASE_URL } from './background-jobs.js';
import { DatabaseNotifications } from './database-notifications.js';

/** One pg-boss instance and one notification listener for the whole app; any module may use them. */
@Global()
@Module({})
export class BackgroundModule {
  static forRoot(databaseUrl: string): DynamicModule {
    return {
      module: BackgroundModule,
      providers: [{ provide: DATABASE_URL, useValue: databaseUrl }, BackgroundJobs, DatabaseNotifications],
      exports: [BackgroundJobs, DatabaseNotifications],
    };
  }
}
