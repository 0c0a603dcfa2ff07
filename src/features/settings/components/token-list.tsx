"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Cell, ColumnHeader, DataTable, RowHeader, TableHead, TableRow } from "@/components/ui/data-table";
import { callApi } from "@/lib/api-client";
import { formatDate } from "@/lib/format";
import { paths } from "@/lib/paths";
import { useAction } from "@/lib/use-action";

export interface TokenRow {
  id: string;
  name: string;
  team: string;
  scopes: string[];
  prefix: string;
  lastUsedAt: string | null;
  /** Neither revoked nor expired. */
  active: boolean;
  /** "expires 3 Mar 2027", "revoked 1 Dec 2026". */
  state: string;
}

const SCOPE_WORDS: Record<string, string> = {
  "results:read": "read results",
  "evidence:write": "post evidence",
};

/** A person's tokens: what each may do, when it was last used, and a way to revoke it at once. */
export function TokenList({ tokens }: { tokens: TokenRow[] }) {
  if (tokens.length === 0) return <p className="text-slate-700">No tokens yet.</p>;
  return (
    <DataTable caption="Your personal access tokens" data-testid="tokens">
      <TableHead>
        <tr>
          <ColumnHeader>Name</ColumnHeader>
          <ColumnHeader>Team</ColumnHeader>
          <ColumnHeader>May</ColumnHeader>
          <ColumnHeader>Last used</ColumnHeader>
          <ColumnHeader>State</ColumnHeader>
          <ColumnHeader>
            <span className="sr-only">Revoke</span>
          </ColumnHeader>
        </tr>
      </TableHead>
      <tbody>
        {tokens.map((t) => (
          <TableRow key={t.id} data-token={t.name}>
            <RowHeader>
              {t.name}
              <span className="block font-mono text-xs font-normal text-slate-600">{t.prefix}…</span>
            </RowHeader>
            <Cell>{t.team}</Cell>
            <Cell>{t.scopes.map((s) => SCOPE_WORDS[s] ?? s).join(", ")}</Cell>
            <Cell>{t.lastUsedAt ? formatDate(new Date(t.lastUsedAt)) : "never"}</Cell>
            <Cell>{t.state}</Cell>
            <Cell>{t.active && <RevokeButton id={t.id} name={t.name} />}</Cell>
          </TableRow>
        ))}
      </tbody>
    </DataTable>
  );
}

function RevokeButton({ id, name }: { id: string; name: string }) {
  const router = useRouter();
  const { busy, error, run } = useAction();
  return (
    <>
      <Button
        variant="danger"
        size="xs"
        disabled={busy}
        aria-label={`Revoke ${name}`}
        onClick={() =>
          void run(
            () =>
              callApi(paths.api.token(id), {
                method: "DELETE",
                reply: () => import("../schemas").then((m) => m.revokedTokenReply),
              }),
            {
              onSuccess: () => router.refresh(),
            },
          )
        }
      >
        Revoke
      </Button>
      {error && (
        <span role="alert" className="ml-2 text-red-700">
          {error}
        </span>
      )}
    </>
  );
}
