const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

const ownershipLabels = {
  hand_off: "Hand-offs between teams",
  shared: "Shared ownership",
  end_to_end: "End-to-end ownership",
} as const;

export function formatOwnershipModel(model: keyof typeof ownershipLabels): string {
  return ownershipLabels[model];
}

const structureLabels = {
  centralised: "Centralised ML team",
  hub_and_spoke: "Hub and spoke",
  embedded: "Embedded in the product team",
} as const;

export function formatStructure(structure: keyof typeof structureLabels): string {
  return structureLabels[structure];
}

const orgRoleLabels = { admin: "an admin", manager: "a manager", member: "a member" } as const;

/** "an admin", "a manager", "a member": the role as a phrase. */
export function formatOrgRole(role: keyof typeof orgRoleLabels): string {
  return orgRoleLabels[role];
}

/** An answer quoted at the end of a sentence: “No.” rather than “No.”. */
export function quoteAtEnd(text: string): string {
  return /[.?!]$/.test(text) ? `“${text}”` : `“${text}”.`;
}
