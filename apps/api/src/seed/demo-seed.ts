import type { INestApplication } from '@nestjs/common';

export interface DemoSummary {
  password: string;
  logins: Array<{ app: string; email: string }>;
}

/** Placeholder replaced below. */
export async function seedDemoOnce(_app: INestApplication): Promise<DemoSummary | null> {
  return null;
}
