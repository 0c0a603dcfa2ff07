"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { authCall, authClient } from "@/lib/auth-client";
import { paths } from "@/lib/paths";
import { useAction } from "@/lib/use-action";

export function SignOutButton() {
  const router = useRouter();
  const { busy, run } = useAction();
  // Whatever the server answers, the browser leaves: the session cookie is gone or the session is.
  const signOut = () =>
    run(() => authCall(() => authClient.signOut()), {
      keepBusy: true,
      onDone: () => {
        router.replace(paths.signIn());
        router.refresh();
      },
    });
  return (
    <Button variant="link" onClick={() => void signOut()} disabled={busy}>
      Sign out
    </Button>
  );
}
