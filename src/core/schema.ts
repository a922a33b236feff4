import { z } from 'zod';
import { FIGURE_KINDS, TOPICS } from './types.js';

/** One schema for every record in facts/: sources, entities and facts. */

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: a-z, 0-9 and single hyphens');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date YYYY-MM-DD');

export const SourceSchema = z.strictObject({
  id,
  outlet: z.string().min(1),
  title: z.string().min(1),
  date: isoDate,
  dateBasis: z.enum(['published', 'archived', 'retrieved']),
  authors: z.array(z.string().min(1)).optional(),
  language: z.string().min(2).max(3).optional(),
  titleTranslated: z.string().optional(),
  via: z.string().optional(),
});

export const EntitySchema = z.strictObject({
  id,
  name: z.string().min(1),
  kind: z.enum(['person', 'group', 'place', 'organisation', 'event', 'outlet', 'country']),
  variants: z.array(z.string().min(1)).default([]),
  ru: z.string().min(1).optional(),
  description: z.string().max(200).optional(),
});

export const FigureSchema = z.strictObject({
  kind: z.enum(FIGURE_KINDS),
  value: z.number().int().nonnegative(),
  asOf: isoDate,
  qualifier: z.enum(['at least', 'about', 'more than', 'exactly']).optional(),
});

export const FactSchema = z.strictObject({
  id,
  text: z.string().min(20, 'is too short to be a claim').max(280, 'must be at most 280 characters'),
  ru: z.string({ error: 'needs a Russian translation (ru)' }).min(20, 'is too short to be a claim').max(400, 'must be at most 400 characters'),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}(?:\/\d{4}-\d{2}-\d{2})?$/, 'must be YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD'),
  time: z.string().regex(/^\d{2}:\d{2}$/, 'must be HH:MM').optional(),
  topics: z.array(z.enum(TOPICS)).min(1, 'needs at least one topic'),
  entities: z.array(id).default([]),
  sources: z.array(id).min(1, 'needs at least one source'),
  contested: z.boolean().default(false),
  counterClaims: z.array(id).default([]),
  graphic: z.boolean().default(false),
  key: z.boolean().optional(),
  figure: FigureSchema.optional(),
  /** Short verbatim passages of the seed article that together support the fact (see src/core/evidence-check.ts). */
  evidence: z.array(z.string().min(3, 'is too short to be evidence')).min(1, 'needs at least one passage').optional(),
  /** A figure the article gives only in parts ("three ... two ... one each"): the parts, which must add up to it. */
  derived: z.strictObject({ sum: z.array(z.number().int().nonnegative()).min(2, 'needs at least two parts') }).optional(),
});
