import { z } from 'zod';
import type { Instant } from './dates';
import { DIRECTIONS, INTERACTION_CHANNELS, type Direction, type InteractionChannel } from './enums';
import { entityId, dateTime, optionalText } from './schema-helpers';

export interface Interaction {
  id: string;
  contactId: string;
  applicationId: string | null;
  occurredAt: Instant;
  channel: InteractionChannel;
  direction: Direction;
  summary: string | null;
  messageId: string | null;
  createdAt: Instant;
}

export const interactionInputSchema = z
  .object({
    contactId: entityId,
    applicationId: entityId.nullish().transform((v) => v ?? null),
    occurredAt: dateTime.optional(),
    channel: z.enum(INTERACTION_CHANNELS, {
      error: `must be one of ${INTERACTION_CHANNELS.join(', ')}`,
    }),
    direction: z
      .enum(DIRECTIONS, { error: `must be one of ${DIRECTIONS.join(', ')}` })
      .default('outbound'),
    summary: optionalText(5000),
    messageId: entityId.nullish().transform((v) => v ?? null),
  })
  .strict();
export type InteractionInput = z.output<typeof interactionInputSchema>;
