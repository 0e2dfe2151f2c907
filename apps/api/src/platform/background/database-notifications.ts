import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import pg from 'pg';
import { DATABASE_URL } from './background-jobs.js';

/** What a listener does with a channel's messages, and after (re)connecting, when messages may have been missed. */
export interface ChannelListener {
  message: (payload: string) => void;
  connected: () => void;
}

const RECONNECT_MS = 1_000;

/**
 * PostgreSQL's LISTEN on one connection of its own, for every channel the app listens to. A
 * notification sent in a transaction arrives when it commits, in commit order, on every instance.
 * A lost connection is opened again a second later, and each listener is told, since
 * notifications sent meanwhile are lost.
 */
@Injectable()
export class DatabaseNotifications implements OnApplicationShutdown {
  private readonly logger = new Logger(DatabaseNotifications.name);
  private readonly listeners = new Map<string, ChannelListener>();
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private retry: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(@Inject(DATABASE_URL) private readonly databaseUrl: string) {}

  /** Listens to `channel` from now on; resolves once listening. */
  async listen(channel: string, listener: ChannelListener): Promise<void> {
    this.listeners.set(channel, listener);
    if (this.client) await this.client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    else await this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    await this.connecting?.catch(() => undefined);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private connect(): Promise<void> {
    this.connecting ??= this.open().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private async open(): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl, application_name: 'delegate-listener' });
    client.on('notification', ({ channel, payload }) => this.listeners.get(channel)?.message(payload ?? ''));
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    await client.connect();
    for (const channel of this.listeners.keys()) await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    this.client = client;
    for (const listener of this.listeners.values()) listener.connected();
  }

  private lost(client: pg.Client, error?: Error): void {
    if (this.closed || this.client !== client) return;
    this.client = null;
    this.logger.warn(`Lost the notification connection${error ? `: ${error.message}` : ''}; reconnecting.`);
    client.end().catch(() => undefined);
    const again = () => {
      this.retry = null;
      if (this.closed) return;
      this.connect().catch((failure: Error) => {
        this.logger.warn(`Could not reconnect for notifications: ${failure.message}`);
        this.retry = setTimeout(again, RECONNECT_MS);
      });
    };
    this.retry = setTimeout(again, RECONNECT_MS);
  }
}
