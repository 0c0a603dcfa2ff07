import { getHomeOverview } from "@/features/home/queries";
import Link from "next/link";
import type { Route } from "next";
import { StartAssessmentButton } from "@/features/assessment/components/start-button";
import { TeamList } from "@/features/home/components/team-list";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const overview = await getHomeOverview();
  return (
    <div className="space-y-8">
      <section className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight text-brand-900">How mature is your MLOps?</h1>
        <p className="max-w-2xl text-lg text-slate-700">
          Rate your team&apos;s Data, Model and Code practice on levels L0–L4 in about twenty minutes. See which
          production risks your current level leaves open, and get an ordered plan for the next step.
        </p>
      </section>
      <section aria-labelledby="teams-heading" className="space-y-3">
        <h2 id="teams-heading" className="text-xl font-semibold">
          {overview ? `Teams of ${overview.name}` : "Teams"}
        </h2>
        {overview ? <TeamList
            teams={overview.teams}
            actions={(team) => (
              <>
                {team.latestSubmittedId && (
                  <Link href={`/assessments/${team.latestSubmittedId}/results` as Route} className="py-1.5 text-brand-700 underline">
                    Latest results<span className="sr-only"> of {team.name}</span>
                  </Link>
                )}
                <StartAssessmentButton teamSlug={team.slug} label={team.latestAssessment?.status === "draft" ? "Resume draft" : team.latestSubmittedId ? "Retake" : "Start assessment"} context={`for ${team.name}`} retake={Boolean(team.latestSubmittedId)} />
              </>
            )}
          /> : <p>No organisation exists yet. Run the seed to create the demo one.</p>}
      </section>
    </div>
  );
}
