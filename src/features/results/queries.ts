import "server-only";
import { findResult } from "@/server/repositories/assessments";

export const getResult = findResult;
