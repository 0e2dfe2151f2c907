import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { MatchCardEntity } from './match-card.entity.js';

/**
 * A card's words for full-text relevance, kept apart so the card row stays narrow: the ranking
 * reads these only for the few VAs still in the running for the list.
 */
@Entity('match_card_texts')
export class MatchCardTextEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @OneToOne(() => MatchCardEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  card?: MatchCardEntity;

  /** Headline and skill names weigh more than the bio. */
  @Column({ type: 'tsvector' })
  search: string;
}
