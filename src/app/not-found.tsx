import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { paths } from "@/lib/paths";

export default function NotFound() {
  return (
    <Card padding="xl">
      <h1 className="text-xl font-semibold">Not found</h1>
      <p className="mt-2 text-slate-700">
        There is nothing at this address, or you are not allowed to see it.
      </p>
      <TextLink href={paths.home()} className="mt-4 inline-block">
        Back to the start page
      </TextLink>
    </Card>
  );
}
