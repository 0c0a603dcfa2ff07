import type { Metadata } from "next";
import Link from "next/link";
import { MainNav } from "@/components/ui/main-nav";
import { canManageOrganization, canReadWholeOrganization, type Viewer } from "@/domain/access/policy";
import { SignOutButton } from "@/features/auth/components/sign-out-button";
import { getViewer } from "@/features/auth/session";
import { APP_NAME } from "@/lib/app-name";
import { paths } from "@/lib/paths";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: APP_NAME, template: `%s · ${APP_NAME}` },
  description:
    "Rate your team's Data, Model and Code maturity on L0–L4, see the risks that stay open and what to build next.",
  // Served from public/ (bars in the level palette's L2–L4 colours).
  icons: { icon: { url: "/icon.svg", type: "image/svg+xml" } },
  robots: { index: false, follow: false },
};

/** The sections the viewer's roles open: teams for all; the dashboard and the organisation page where they may. */
function navigationFor(viewer: Viewer) {
  const organizations = [...viewer.organizations.keys()];
  const dashboardOf = organizations.find((id) => canReadWholeOrganization(viewer, id));
  const managed = organizations.find((id) => canManageOrganization(viewer, id));
  return [
    { label: "Teams", href: paths.home(), section: "/" },
    ...(dashboardOf
      ? [
          {
            label: "Dashboard",
            href: paths.dashboard(dashboardOf),
            section: `/organizations/${dashboardOf}/`,
          },
        ]
      : []),
    ...(managed
      ? [{ label: "Organisation", href: paths.organization(managed), section: paths.organization(managed) }]
      : []),
    { label: "Settings", href: paths.settings(), section: paths.settings() },
  ];
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const viewer = await getViewer();
  return (
    <html lang="en">
      <body className="min-h-screen">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <header className="border-b border-slate-200 bg-white">
          <nav
            aria-label="Main"
            className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3"
          >
            <Link href={paths.home()} className="font-semibold text-brand-900">
              MLOps maturity
            </Link>
            {viewer && <MainNav links={navigationFor(viewer)} />}
            {viewer && (
              <p className="ml-auto flex items-center gap-4 text-sm">
                <span className="hidden text-slate-700 sm:inline" data-testid="signed-in-as">
                  {viewer.name}
                </span>
                <SignOutButton />
              </p>
            )}
          </nav>
        </header>
        <main id="main" className="mx-auto max-w-5xl px-4 py-8">
          {children}
        </main>
      </body>
    </html>
  );
}
