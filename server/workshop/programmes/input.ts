// What an organiser may send about a programme, validated once here for the route handlers
// and the forms' error messages alike (codes as in workshopInput.ts).
import { z } from "zod";
import { localeSchema, methodKeySchema } from "../../../lib/domain/templates/methodTemplates";
import { workshopDetailsSchema } from "../input";

const id = z.string().min(1).max(64);

export const createProgrammeSchema = z.object({
  title: z.string().trim().min(1, "required").max(200, "tooLong"),
  description: z
    .string()
    .trim()
    .max(2000, "tooLong")
    .nullish()
    .transform((v) => (v ? v : null)),
  language: localeSchema.default("nb"),
});
export type CreateProgrammeInput = z.input<typeof createProgrammeSchema>;

/**
 * A new workshop in the programme: a copy of `fromWorkshopId`'s set-up (method, phases and
 * prompts, organisations, findings) with its own title, date and place, or, without a source,
 * a fresh one from a method template.
 */
export const addWorkshopSchema = z.discriminatedUnion("from", [
  z.object({
    from: z.literal("copy"),
    fromWorkshopId: id,
    title: workshopDetailsSchema.shape.title,
    date: workshopDetailsSchema.shape.date,
    place: workshopDetailsSchema.shape.place,
  }),
  z.object({
    from: z.literal("template"),
    method: methodKeySchema,
    title: workshopDetailsSchema.shape.title,
    date: workshopDetailsSchema.shape.date,
    place: workshopDetailsSchema.shape.place,
  }),
  /** An existing workshop joins the programme as it is. */
  z.object({ from: z.literal("existing"), workshopId: id }),
]);
export type AddWorkshopInput = z.input<typeof addWorkshopSchema>;

export const memberSchema = z.object({
  email: z.string().trim().toLowerCase().email("invalidEmail").max(320, "tooLong"),
  role: z.enum(["organiser", "facilitator"]).default("facilitator"),
});

/** Link the area named `areaTitle` in `workshopId` to the programme area named `targetTitle`. */
export const areaLinkSchema = z.object({
  workshopId: id,
  areaTitle: z.string().trim().min(1, "required").max(200, "tooLong"),
  targetTitle: z.string().trim().min(1, "required").max(200, "tooLong"),
});
export const areaUnlinkSchema = z.object({ workshopId: id, areaKey: z.string().min(1).max(200) });
