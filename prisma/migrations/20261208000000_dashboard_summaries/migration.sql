-- What the dashboard aggregates, summarised per team so that it reads one narrow row per team (or
-- per submitted assessment for the quarterly trend) instead of searching each team's history and
-- joining per-object and per-risk rows (seconds at 10,000 teams):
-- - "LatestResult": each team's latest submitted assessment (levels, scores, open risks, the change
--   since the team's previous one);
-- - "ResultTimeline": each submitted assessment with its object scores and when the team's next one
--   superseded it.
--
-- The database keeps both: deferred triggers on "Assessment" and "AssessmentResult" refresh a
-- team's rows when the transaction that changed its submitted assessments commits, whoever wrote
-- them (submit, import, the demo seed, a bulk load). The app only reads them.

-- CreateTable
CREATE TABLE "LatestResult" (
    "teamId" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "questionnaireVersion" TEXT NOT NULL,
    "weakestLevel" SMALLINT,
    "evidencedWeakestLevel" SMALLINT,
    "meanScore" DECIMAL(3,2),
    "coverage" DECIMAL(3,2),
    "dataLevel" SMALLINT,
    "dataScore" DECIMAL(3,2),
    "dataTarget" SMALLINT,
    "modelLevel" SMALLINT,
    "modelScore" DECIMAL(3,2),
    "modelTarget" SMALLINT,
    "codeLevel" SMALLINT,
    "codeScore" DECIMAL(3,2),
    "codeTarget" SMALLINT,
    "riskIds" TEXT[] NOT NULL,
    "riskSeverities" "Severity"[] NOT NULL,
    "highRisks" INTEGER NOT NULL,
    "previousAssessmentId" TEXT,
    "previousWeakestLevel" SMALLINT,
    "previousMeanScore" DECIMAL(3,2),
    "levelsGained" INTEGER,
    "levelsRose" BOOLEAN,
    "levelsFell" BOOLEAN,

    CONSTRAINT "LatestResult_pkey" PRIMARY KEY ("teamId")
);

-- CreateTable
CREATE TABLE "ResultTimeline" (
    "assessmentId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "supersededAt" TIMESTAMP(3),
    "questionnaireVersion" TEXT NOT NULL,
    "dataScore" DECIMAL(3,2),
    "modelScore" DECIMAL(3,2),
    "codeScore" DECIMAL(3,2),

    CONSTRAINT "ResultTimeline_pkey" PRIMARY KEY ("assessmentId")
);

-- CreateIndex
CREATE INDEX "ResultTimeline_teamId_idx" ON "ResultTimeline"("teamId");

-- AddForeignKey
ALTER TABLE "ResultTimeline" ADD CONSTRAINT "ResultTimeline_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResultTimeline" ADD CONSTRAINT "ResultTimeline_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CreateIndex
CREATE UNIQUE INDEX "LatestResult_assessmentId_key" ON "LatestResult"("assessmentId");

-- AddForeignKey
ALTER TABLE "LatestResult" ADD CONSTRAINT "LatestResult_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LatestResult" ADD CONSTRAINT "LatestResult_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The rows of one team, computed from its submitted assessments: its timeline rewritten, its latest
-- result inserted, updated, or removed when it has none. Risks are listed in id order, severities
-- in the same order.
CREATE FUNCTION refresh_team_results(team TEXT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  -- One refresh of a team at a time, each reading what the one before it committed. (NO KEY
  -- UPDATE does not wait for the key-share locks that inserting the team's rows takes.)
  PERFORM 1 FROM "Team" WHERE id = team FOR NO KEY UPDATE;
  DELETE FROM "ResultTimeline" WHERE "teamId" = team;
  INSERT INTO "ResultTimeline" (
    "assessmentId", "teamId", "submittedAt", "supersededAt", "questionnaireVersion",
    "dataScore", "modelScore", "codeScore")
  SELECT a.id, team, a."submittedAt",
         lead(a."submittedAt") OVER (ORDER BY a."submittedAt", a.id), qv.version,
         (SELECT o.score FROM "ObjectResult" o WHERE o."assessmentId" = a.id AND o.object = 'data'),
         (SELECT o.score FROM "ObjectResult" o WHERE o."assessmentId" = a.id AND o.object = 'model'),
         (SELECT o.score FROM "ObjectResult" o WHERE o."assessmentId" = a.id AND o.object = 'code')
  FROM "Assessment" a JOIN "Team" t ON t.id = a."teamId"
  JOIN "QuestionnaireVersion" qv ON qv.id = a."questionnaireVersionId"
  WHERE a."teamId" = team AND a.status = 'submitted';
  DELETE FROM "LatestResult" WHERE "teamId" = team
    AND NOT EXISTS (SELECT 1 FROM "Assessment" WHERE "teamId" = team AND status = 'submitted');
  INSERT INTO "LatestResult" (
    "teamId", "assessmentId", "submittedAt", "questionnaireVersion",
    "weakestLevel", "evidencedWeakestLevel", "meanScore", coverage,
    "dataLevel", "dataScore", "dataTarget", "modelLevel", "modelScore", "modelTarget",
    "codeLevel", "codeScore", "codeTarget", "riskIds", "riskSeverities", "highRisks",
    "previousAssessmentId", "previousWeakestLevel", "previousMeanScore",
    "levelsGained", "levelsRose", "levelsFell")
  SELECT team, l.id, l."submittedAt", l.version,
         r."weakestLevel", r."evidencedWeakestLevel", r."meanScore", r.coverage,
         d.level, d.score, d.target, m.level, m.score, m.target, c.level, c.score, c.target,
         coalesce(risks.ids, '{}'), coalesce(risks.severities, '{}'), coalesce(risks.high, 0),
         p.id, pr."weakestLevel", pr."meanScore", change.gained, change.rose, change.fell
  FROM (
    SELECT a.id, a."submittedAt", qv.version FROM "Assessment" a
    JOIN "QuestionnaireVersion" qv ON qv.id = a."questionnaireVersionId"
    WHERE a."teamId" = team AND a.status = 'submitted' ORDER BY a."submittedAt" DESC, a.id DESC LIMIT 1
  ) l
  JOIN "Team" t ON t.id = team
  LEFT JOIN "AssessmentResult" r ON r."assessmentId" = l.id
  LEFT JOIN "ObjectResult" d ON d."assessmentId" = l.id AND d.object = 'data'
  LEFT JOIN "ObjectResult" m ON m."assessmentId" = l.id AND m.object = 'model'
  LEFT JOIN "ObjectResult" c ON c."assessmentId" = l.id AND c.object = 'code'
  LEFT JOIN LATERAL (
    SELECT array_agg(rr."riskId" ORDER BY rr."riskId") AS ids,
           array_agg(rr.severity ORDER BY rr."riskId") AS severities,
           (count(*) FILTER (WHERE rr.severity = 'high'))::int AS high
    FROM "ResultRisk" rr WHERE rr."assessmentId" = l.id
  ) risks ON true
  LEFT JOIN LATERAL (
    SELECT a.id FROM "Assessment" a
    WHERE a."teamId" = team AND a.status = 'submitted' AND a."submittedAt" < l."submittedAt"
    ORDER BY a."submittedAt" DESC, a.id DESC LIMIT 1
  ) p ON true
  LEFT JOIN "AssessmentResult" pr ON pr."assessmentId" = p.id
  -- Levels against the previous assessment, over the objects both have a level for.
  LEFT JOIN LATERAL (
    SELECT sum(o.level - po.level)::int AS gained, bool_or(o.level > po.level) AS rose,
           bool_or(o.level < po.level) AS fell
    FROM "ObjectResult" o JOIN "ObjectResult" po ON po."assessmentId" = p.id AND po.object = o.object
    WHERE o."assessmentId" = l.id
  ) change ON p.id IS NOT NULL
  ON CONFLICT ("teamId") DO UPDATE SET
    "assessmentId" = excluded."assessmentId", "submittedAt" = excluded."submittedAt",
    "questionnaireVersion" = excluded."questionnaireVersion", "weakestLevel" = excluded."weakestLevel",
    "evidencedWeakestLevel" = excluded."evidencedWeakestLevel", "meanScore" = excluded."meanScore",
    coverage = excluded.coverage,
    "dataLevel" = excluded."dataLevel", "dataScore" = excluded."dataScore", "dataTarget" = excluded."dataTarget",
    "modelLevel" = excluded."modelLevel", "modelScore" = excluded."modelScore", "modelTarget" = excluded."modelTarget",
    "codeLevel" = excluded."codeLevel", "codeScore" = excluded."codeScore", "codeTarget" = excluded."codeTarget",
    "riskIds" = excluded."riskIds", "riskSeverities" = excluded."riskSeverities", "highRisks" = excluded."highRisks",
    "previousAssessmentId" = excluded."previousAssessmentId",
    "previousWeakestLevel" = excluded."previousWeakestLevel", "previousMeanScore" = excluded."previousMeanScore",
    "levelsGained" = excluded."levelsGained", "levelsRose" = excluded."levelsRose", "levelsFell" = excluded."levelsFell";
END $$;

CREATE FUNCTION team_results_after_assessment() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND OLD.status = 'submitted' THEN
    PERFORM refresh_team_results(OLD."teamId");
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.status = 'submitted'
     AND (TG_OP = 'INSERT' OR OLD.status <> 'submitted' OR OLD."teamId" <> NEW."teamId") THEN
    PERFORM refresh_team_results(NEW."teamId");
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION team_results_after_result() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  assessment TEXT := CASE WHEN TG_OP = 'DELETE' THEN OLD."assessmentId" ELSE NEW."assessmentId" END;
BEGIN
  PERFORM refresh_team_results(a."teamId") FROM "Assessment" a
  WHERE a.id = assessment AND a.status = 'submitted';
  RETURN NULL;
END $$;

-- Deferred to the commit, when the assessment, its result and their rows are all written.
CREATE CONSTRAINT TRIGGER "Assessment_team_results"
  AFTER INSERT OR DELETE OR UPDATE OF status, "submittedAt", "teamId" ON "Assessment"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION team_results_after_assessment();

CREATE CONSTRAINT TRIGGER "AssessmentResult_team_results"
  AFTER INSERT OR UPDATE OR DELETE ON "AssessmentResult"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION team_results_after_result();

-- The teams assessed so far.
SELECT refresh_team_results(id) FROM "Team" t
WHERE EXISTS (SELECT 1 FROM "Assessment" a WHERE a."teamId" = t.id AND a.status = 'submitted');
