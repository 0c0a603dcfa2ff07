import { z } from "zod";

/** Row ids are UUIDs; anything else in a URL cannot name a row. */
export const uuidSchema = z.uuid();
export const assessmentIdSchema = uuidSchema;
