import type { OrgRole, TeamRole } from "@/domain/access/policy";
import type { OwnershipModel, TeamStructure } from "@/domain/team";

/** The demo organisation a new user sees: teams of different business units and ownership models. */

export const DEMO_ORGANIZATION = { slug: "northwind", name: "Northwind Labs" } as const;

interface DemoTeam {
  slug: string;
  name: string;
  businessUnit: string;
  ownershipModel: OwnershipModel;
  structure: TeamStructure;
}

export const DEMO_TEAMS: readonly DemoTeam[] = [
  {
    slug: "fraud-detection",
    name: "Fraud Detection",
    businessUnit: "Payments",
    ownershipModel: "end_to_end",
    structure: "embedded",
  },
  {
    slug: "search-ranking",
    name: "Search Ranking",
    businessUnit: "Consumer",
    ownershipModel: "shared",
    structure: "hub_and_spoke",
  },
  {
    slug: "demand-forecasting",
    name: "Demand Forecasting",
    businessUnit: "Supply Chain",
    ownershipModel: "hand_off",
    structure: "centralised",
  },
  {
    slug: "credit-risk",
    name: "Credit Risk",
    businessUnit: "Lending",
    ownershipModel: "hand_off",
    structure: "centralised",
  },
  {
    slug: "recommendations",
    name: "Recommendations",
    businessUnit: "Consumer",
    ownershipModel: "end_to_end",
    structure: "embedded",
  },
  {
    slug: "support-assistant",
    name: "Support Assistant",
    businessUnit: "Operations",
    ownershipModel: "shared",
    structure: "embedded",
  },
];

interface DemoUser {
  email: string;
  name: string;
  orgRole: OrgRole;
  teams: { slug: string; role: TeamRole }[];
}

export const DEMO_USERS: readonly DemoUser[] = [
  { email: "admin@northwind.example", name: "Ada Admin", orgRole: "admin", teams: [] },
  { email: "manager@northwind.example", name: "Maya Manager", orgRole: "manager", teams: [] },
  {
    email: "lead@northwind.example",
    name: "Leo Lead",
    orgRole: "member",
    teams: [{ slug: "fraud-detection", role: "lead" }],
  },
  {
    email: "member@northwind.example",
    name: "Mia Member",
    orgRole: "member",
    teams: [{ slug: "fraud-detection", role: "member" }],
  },
  {
    email: "search-lead@northwind.example",
    name: "Sam Search",
    orgRole: "member",
    teams: [{ slug: "search-ranking", role: "lead" }],
  },
];

/** The demo users' shared password; only the embedded demo database gets it (see seedDemo). */
export const DEMO_PASSWORD = "northwind-demo";
