"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { callApi } from "@/lib/api-client";

export function SignOutButton() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  async function signOut() {
    setBusy(true);
    await callApi("/api/auth/sign-out", { body: {} });
    router.replace("/sign-in");
    router.refresh();
  }
  return (
    <button type="button" onClick={() => void signOut()} disabled={busy} className="text-brand-700 underline disabled:opacity-60">
      Sign out
    </button>
  );
}
