import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The latest known value of a currency in US dollars; whoever converts copies the rate it used. */
@Entity('fx_rates')
export class FxRateEntity {
  @PrimaryColumn({ type: 'char', length: 3 })
  currency: string;

  /** US dollars for one unit; numeric, read as a string to keep every digit. */
  @Column({ name: 'usd_per_unit', type: 'numeric', precision: 18, scale: 8 })
  usdPerUnit: string;

  @Column({ name: 'as_of', type: 'date' })
  asOf: string;
}
