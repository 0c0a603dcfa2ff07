import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { LabelledSelect } from "@/components/ui/select";
import { TextLink } from "@/components/ui/text-link";
import { formatOwnershipModel } from "@/lib/format";
import { paths } from "@/lib/paths";
import type { DashboardWidgets } from "../queries";
import type { DashboardQuery } from "../schemas";

const OWNERSHIP = ["end_to_end", "shared", "hand_off"] as const;

/** Business unit, ownership model and questionnaire version, kept in the URL (a GET form); sort and order carry over. */
export async function DashboardFilters({
  widgets,
  query,
}: {
  widgets: DashboardWidgets;
  query: DashboardQuery;
}) {
  const { facets } = await widgets.aggregates;
  const all = ["", "All"] as const;
  return (
    <Card
      as="form"
      method="get"
      action={paths.dashboard(widgets.organizationId)}
      className="flex flex-wrap items-end gap-3"
      aria-label="Filter teams"
    >
      <LabelledSelect
        label="Business unit"
        name="unit"
        defaultValue={query.unit ?? ""}
        options={[all, ...facets.businessUnits.map((u) => [u, u] as const)]}
      />
      <LabelledSelect
        label="Ownership"
        name="ownership"
        defaultValue={query.ownership ?? ""}
        options={[all, ...OWNERSHIP.map((o) => [o, formatOwnershipModel(o)] as const)]}
      />
      <LabelledSelect
        label="Questionnaire version"
        name="version"
        defaultValue={query.version ?? ""}
        options={[all, ...facets.questionnaireVersions.map((v) => [v, `v${v}`] as const)]}
      />
      {query.sort !== "name" && <input type="hidden" name="sort" value={query.sort} />}
      {query.dir !== "asc" && <input type="hidden" name="dir" value={query.dir} />}
      <Button type="submit">Apply filters</Button>
      {(query.unit || query.ownership || query.version) && (
        <TextLink href={paths.dashboard(widgets.organizationId)} className="py-2 text-sm">
          Clear filters
        </TextLink>
      )}
    </Card>
  );
}
