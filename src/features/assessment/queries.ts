import "server-only";
import { findAssessment, findResult, findTeamBySlug } from "@/server/repositories/assessments";

export const getAssessment = findAssessment;
export const getResult = findResult;
export const getTeam = findTeamBySlug;
