const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

const ownershipLabels = { hand_off: "Hand-offs between teams", shared: "Shared ownership", end_to_end: "End-to-end ownership" } as const;

export function formatOwnershipModel(model: keyof typeof ownershipLabels): string {
  return ownershipLabels[model];
}
