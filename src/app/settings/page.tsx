import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireViewer } from "@/features/auth/session";
import { TokenForm } from "@/features/settings/components/token-form";
import { TokenList } from "@/features/settings/components/token-list";
import { getSettings } from "@/features/settings/tokens";
import { appUrl } from "@/lib/env";
import { paths } from "@/lib/paths";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const viewer = await requireViewer(paths.settings());
  const { tokens, teams } = await getSettings(viewer);
  return (
    <div className="space-y-10">
      <PageHeader title="Settings">
        <p className="max-w-2xl text-slate-700">
          Personal access tokens let a CI job or a script act for you on one team: read its results, or post
          the evidence the scanner finds in its repositories. A token does no more than you may, and stops
          working when you leave the team, when it expires or when you revoke it.
        </p>
      </PageHeader>
      <Section id="new-token" title="Make a token">
        <TokenForm teams={teams} appUrl={appUrl()} />
      </Section>
      <Section id="tokens" title="Your tokens">
        <TokenList tokens={tokens} />
      </Section>
    </div>
  );
}
