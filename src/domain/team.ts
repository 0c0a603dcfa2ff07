import { z } from "zod";

/**
 * A team's settings, after the organisational models of the maturity model: who owns a model in
 * production (hand-offs between teams ↔ end-to-end ownership) and how ML people are organised
 * (a central team ↔ embedded in product teams). Written once; forms, filters, exports and the
 * database enums all take them from here.
 */
export const OWNERSHIP_MODELS = ["end_to_end", "shared", "hand_off"] as const;
export const TEAM_STRUCTURES = ["embedded", "hub_and_spoke", "centralised"] as const;

export const ownershipModelSchema = z.enum(OWNERSHIP_MODELS);
export const teamStructureSchema = z.enum(TEAM_STRUCTURES);

export type OwnershipModel = z.infer<typeof ownershipModelSchema>;
export type TeamStructure = z.infer<typeof teamStructureSchema>;

export interface TeamSettings {
  ownershipModel: OwnershipModel;
  structure: TeamStructure;
}
