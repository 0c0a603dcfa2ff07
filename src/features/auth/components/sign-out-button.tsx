"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { paths } from "@/lib/paths";
import { useAction } from "@/lib/use-action";

export function SignOutButton() {
  const router = useRouter();
  const { busy, run } = useAction();
  // Whatever the server answers, the browser leaves: the session cookie is gone or the session is.
  // The auth client (and the schemas it brings) loads on the click, not with every page that
  // shows this button.
  const signOut = () =>
    run(
      async () => {
        const { authCall } = await import("@/lib/auth-client");
        return authCall((client) => client.signOut());
      },
      {
        keepBusy: true,
        onDone: () => {
          router.replace(paths.signIn());
          router.refresh();
        },
      },
    );
  return (
    <Button variant="link" onClick={() => void signOut()} disabled={busy}>
      Sign out
    </Button>
  );
}
