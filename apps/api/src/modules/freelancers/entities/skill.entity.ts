import { Column, Entity, Generated, PrimaryGeneratedColumn } from 'typeorm';

/** The curated skill list VAs choose from and jobs ask for. */
@Entity('skills')
export class SkillEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 60, unique: true })
  slug: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'varchar', length: 60 })
  category: string;

  /** A small number of its own, never reused: the skill's index in match cards' per-skill arrays. */
  @Column({ type: 'smallint', unique: true, update: false })
  @Generated('increment')
  slot: number;
}
