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
  /** The channels the current connection listens to. */
  private listening = new Set<string>();
  private connecting: Promise<void> | null = null;
  private retry: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(@Inject(DATABASE_URL) private readonly databaseUrl: string) {}

  /**
   * Listens to `channel` from now on; resolves once listening, after telling the listener it is
   * connected (whatever was sent before is unknown to it).
   */
  async listen(channel: string, listener: ChannelListener): Promise<void> {
    this.listeners.set(channel, listener);
    // A connection being opened may have sent its LISTENs before this channel was added.
    await this.connecting?.catch(() => undefined);
    if (!this.client) return this.connect();
    if (this.listening.has(channel)) return;
    await this.client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    this.listening.add(channel);
    listener.connected();
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
    this.listening = new Set();
    for (const channel of this.listeners.keys()) {
      await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      this.listening.add(channel);
    }
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
