import { type DynamicModule, Global, Module } from '@nestjs/common';
import { BackgroundJobs, DATABASE_URL } from './background-jobs.js';

/** One pg-boss instance for the whole app; any module may register and send work. */
@Global()
@Module({})
export class BackgroundModule {
  static forRoot(databaseUrl: string): DynamicModule {
    return {
      module: BackgroundModule,
      providers: [{ provide: DATABASE_URL, useValue: databaseUrl }, BackgroundJobs],
      exports: [BackgroundJobs],
    };
  }
}
