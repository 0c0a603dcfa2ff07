-- A team's name is unique in its organisation: imports find a team by its exact name, and slugs
-- (which lose letters outside a-z) no longer decide which team a name means.

-- CreateIndex
CREATE UNIQUE INDEX "Team_organizationId_name_key" ON "Team"("organizationId", "name");
