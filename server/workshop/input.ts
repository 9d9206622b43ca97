// What a facilitator may send when creating or editing a workshop, validated once here and
// used by the route handlers and the forms' error messages alike.
import { z } from "zod";
import { localeSchema, methodKeySchema } from "../../lib/domain/templates/methodTemplates";
import { DEFAULT_MIN_GROUP_SIZE } from "../../lib/domain/voting/roundBreakdowns";
import { sectorSchema } from "../../lib/domain/sectors";
import { retentionLimits } from "../../lib/domain/retention";

export const MAX_ORGANISATIONS = 300;
export const ORGANISATION_NAME_MAX = 120;
export const MAX_CAPACITY = 2000;
/** Two is the least that hides a ballot at all; past 20 a workshop's breakdown is all one row. */
export const MIN_GROUP_SIZE_LOWEST = 2;
export const MIN_GROUP_SIZE_HIGHEST = 20;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "tooLong")
    .nullish()
    .transform((v) => (v ? v : null));

export const organisationInputSchema = z.object({
  name: z.string().trim().min(1, "required").max(ORGANISATION_NAME_MAX, "tooLong"),
  sector: sectorSchema.nullish().transform((v) => v ?? null),
});
export type OrganisationInput = z.input<typeof organisationInputSchema>;

export const organisationListSchema = z.array(organisationInputSchema).max(MAX_ORGANISATIONS, "tooMany");

const dateSchema = z
  .string()
  .trim()
  .nullish()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v))), "invalidDate");

const minGroupSizeSchema = z.number().int().min(MIN_GROUP_SIZE_LOWEST, "tooSmall").max(MIN_GROUP_SIZE_HIGHEST, "tooLarge");

/** The fields as a PATCH names them: no defaults, or a PATCH of the title alone would reset them. */
const workshopDetailsFields = z.object({
  title: z.string().trim().min(1, "required").max(200, "tooLong"),
  date: dateSchema,
  place: optionalText(200),
  organisers: optionalText(500),
  language: localeSchema,
  anonymous: z.boolean(),
  /** K: results of anonymous rounds show no group of fewer voters (small-number suppression). */
  minGroupSize: minGroupSizeSchema,
  capacity: z.number().int().min(1, "tooSmall").max(MAX_CAPACITY, "tooLarge").nullish().transform((v) => v ?? null),
  /** Months the workshop is kept after its date; null: the administrator's default (retention.ts). */
  retentionMonths: z.number().int().min(retentionLimits.min, "tooSmall").max(retentionLimits.max, "tooLarge").nullish().transform((v) => v ?? null),
});

export const workshopDetailsSchema = workshopDetailsFields.extend({
  anonymous: z.boolean().default(false),
  minGroupSize: minGroupSizeSchema.default(DEFAULT_MIN_GROUP_SIZE),
});

export const createWorkshopSchema = workshopDetailsSchema.extend({
  method: methodKeySchema,
  organisations: organisationListSchema.default([]),
});
export type CreateWorkshopInput = z.input<typeof createWorkshopSchema>;

/** Every field optional: a PATCH changes what it names. */
export const updateWorkshopSchema = workshopDetailsFields
  .partial()
  .extend({
    status: z.enum(["draft", "open", "closed"]).optional(),
  })
  .strict();
export type UpdateWorkshopInput = z.input<typeof updateWorkshopSchema>;
