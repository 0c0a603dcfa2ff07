"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form";
import { callApi } from "@/lib/api-client";
import { paths } from "@/lib/paths";
import { useAction } from "@/lib/use-action";

export function AcceptInvitationButton({
  token,
  organizationName,
}: {
  token: string;
  organizationName: string;
}) {
  const router = useRouter();
  const { busy, error, run } = useAction();
  const accept = () =>
    run(
      () =>
        callApi(paths.api.acceptInvitation(), {
          body: { token },
          reply: () => import("../schemas").then((m) => m.doneReply),
        }),
      {
        keepBusy: true,
        onSuccess: () => {
          router.replace(paths.home());
          router.refresh();
        },
      },
    );
  return (
    <div className="space-y-2">
      <Button disabled={busy} onClick={() => void accept()}>
        {busy ? "Joining…" : `Join ${organizationName}`}
      </Button>
      {error && <FormAlert>{error}</FormAlert>}
    </div>
  );
}
