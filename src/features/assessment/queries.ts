import "server-only";
import { findAssessment } from "@/server/repositories/assessments";

export const getAssessment = findAssessment;
