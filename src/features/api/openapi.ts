import { z } from "zod";
import { evidencePostSchema, evidenceReplySchema } from "@/domain/evidence/findings";
import { assessmentReplySchema, resultReplySchema, teamsReplySchema } from "./schemas";

/**
 * The versioned API, described once: the OpenAPI document served at /api/v1/openapi.json is built
 * from this list and the routes' zod schemas (a test checks that every route file under
 * src/app/api/v1 is listed, and nothing else).
 */

export interface ApiRoute {
  method: "get" | "post";
  /** The path in OpenAPI's form: /api/v1/teams/{teamId}. */
  path: string;
  summary: string;
  scope: "results:read" | "evidence:write" | null;
  body?: z.ZodType;
  reply?: z.ZodType;
}

export const API_ROUTES: ApiRoute[] = [
  {
    method: "get",
    path: "/api/v1/teams",
    summary: "The teams you may read (a token: its one team), each with its latest levels.",
    scope: "results:read",
    reply: teamsReplySchema,
  },
  {
    method: "get",
    path: "/api/v1/teams/{teamId}/results/latest",
    summary: "A team's latest submitted result.",
    scope: "results:read",
    reply: resultReplySchema,
  },
  {
    method: "get",
    path: "/api/v1/assessments/{assessmentId}",
    summary: "An assessment, draft or submitted, with its answers.",
    scope: "results:read",
    reply: assessmentReplySchema,
  },
  {
    method: "post",
    path: "/api/v1/teams/{teamId}/evidence",
    summary:
      "Post a repository scan's findings (the scanner's --post) for a team; its assessments use the newest scan.",
    scope: "evidence:write",
    body: evidencePostSchema,
    reply: evidenceReplySchema,
  },
  { method: "get", path: "/api/v1/openapi.json", summary: "This document.", scope: null },
];

const jsonSchema = (schema: z.ZodType) => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, {
    io: "output",
    target: "draft-2020-12",
    unrepresentable: "any",
  }) as Record<string, unknown>;
  return rest;
};

const errorSchema = {
  type: "object",
  properties: { ok: { const: false }, message: { type: "string" } },
  required: ["ok", "message"],
};
const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

export function openApiDocument(serverUrl: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of API_ROUTES) {
    const parameters = [...route.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
      name,
      in: "path",
      required: true,
      schema: { type: "string", format: "uuid" },
    }));
    paths[route.path] = {
      ...paths[route.path],
      [route.method]: {
        summary: route.summary,
        ...(route.scope
          ? { security: [{ token: [] }, { session: [] }], "x-scope": route.scope }
          : { security: [] }),
        ...(parameters.length > 0 ? { parameters } : {}),
        ...(route.body
          ? {
              requestBody: {
                required: true,
                content: { "application/json": { schema: jsonSchema(route.body) } },
              },
            }
          : {}),
        responses: {
          "200": {
            description: "OK",
            content: {
              "application/json": {
                schema: route.reply
                  ? {
                      type: "object",
                      properties: { ok: { const: true }, data: jsonSchema(route.reply) },
                      required: ["ok", "data"],
                    }
                  : { type: "object" },
              },
            },
          },
          ...(route.body ? { "400": errorResponse("The body is not valid; the message says where.") } : {}),
          ...(route.scope
            ? {
                "401": errorResponse(
                  "No session and no token, or a token that is unknown, expired or revoked.",
                ),
                "403": errorResponse(
                  "A token without the scope this route needs, or a write the caller's role does not allow.",
                ),
                "404": errorResponse("Nothing the caller may read has this id."),
              }
            : {}),
        },
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "MLOps maturity self-assessment API",
      version: "1",
      description:
        "Read teams, results and assessments; post repository evidence to a draft. Authenticate with a personal access token (made on the settings page) or a session.",
    },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: {
        token: {
          type: "http",
          scheme: "bearer",
          description: "A personal access token: one team, named scopes, an expiry.",
        },
        session: { type: "apiKey", in: "cookie", name: "better-auth.session_token" },
      },
      schemas: { Error: errorSchema },
    },
    paths,
  };
}
