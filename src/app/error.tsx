"use client";

import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <Card role="alert" padding="xl" tone="alert">
      <h1 className="text-xl font-semibold">Something went wrong</h1>
      <p className="mt-2 text-slate-700">
        The page could not be loaded. Your saved work is safe; try again in a moment.
      </p>
      <Button onClick={reset} className="mt-4">
        Try again
      </Button>
    </Card>
  );
}
